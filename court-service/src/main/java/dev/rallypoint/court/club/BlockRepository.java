package dev.rallypoint.court.club;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BlockRepository extends JpaRepository<Block, UUID> {

    @Query("select b from Block b where b.courtId = :courtId and b.startsAt < :end and b.endsAt > :start order by b.startsAt")
    List<Block> findOverlapping(UUID courtId, Instant start, Instant end);

    @Query("select b from Block b where b.clubId = :clubId and b.startsAt < :end and b.endsAt > :start order by b.startsAt")
    List<Block> findInClub(UUID clubId, Instant start, Instant end);

    @Query("select b from Block b where b.id = :blockId and b.clubId = :clubId")
    Optional<Block> findInClub(UUID clubId, UUID blockId);
}
