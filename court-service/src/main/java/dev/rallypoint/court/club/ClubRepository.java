package dev.rallypoint.court.club;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClubRepository extends JpaRepository<Club, UUID> {

    @Query("select c from Club c where :userId member of c.managers")
    Page<Club> findManagedBy(UUID userId, Pageable pageable);

    @Query("select c.id from Club c where :userId member of c.managers")
    List<UUID> findIdsManagedBy(UUID userId);

    Page<Club> findByRegionIgnoreCase(String region, Pageable pageable);
}
