package dev.rallypoint.court.ticketing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EventDateRepository extends JpaRepository<EventDate, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from EventDate d where d.id = :id")
    Optional<EventDate> findForUpdate(UUID id);

    /** Cancelled dates with reservations still to settle, oldest cancellation first. */
    @Query("""
            select d.id from EventDate d where d.cancelledAt is not null and d.cancellationSettledAt is null
            order by d.cancelledAt""")
    List<UUID> findUnsettledCancellations();

    List<EventDate> findByEventIdOrderByStartsAt(UUID eventId);

    List<EventDate> findByEventIdInOrderByStartsAt(List<UUID> eventIds);
}
