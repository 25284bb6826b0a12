package dev.rallypoint.court.club;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourtRepository extends JpaRepository<Court, UUID> {

    @Query("select c from Court c where c.clubId = :clubId order by c.name")
    List<Court> findByClub(UUID clubId);

    @Query("select c from Court c where c.id = :courtId and c.clubId = :clubId")
    Optional<Court> findInClub(UUID clubId, UUID courtId);

    @Query("select c.id from Court c where c.clubId = :clubId")
    List<UUID> findIdsByClub(UUID clubId);
}
