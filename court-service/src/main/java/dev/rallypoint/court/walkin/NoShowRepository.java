package dev.rallypoint.court.walkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoShowRepository extends JpaRepository<NoShow, UUID> {

    List<NoShow> findByClubIdOrderByRecordedAtDesc(UUID clubId);

    Optional<NoShow> findByIdAndClubId(UUID id, UUID clubId);

    int countByClubIdAndMemberIdAndRecordedAtAfter(UUID clubId, UUID memberId, Instant since);

    @Modifying
    @Query("delete from NoShow n where n.clubId = :clubId")
    int deleteByClub(UUID clubId);
}
