package dev.rallypoint.match.tournament;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TournamentRepository extends JpaRepository<Tournament, UUID> {

    /** The tournament, locked while a result moves its draw on. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tournament t where t.id = :id")
    Optional<Tournament> lockById(UUID id);
}
