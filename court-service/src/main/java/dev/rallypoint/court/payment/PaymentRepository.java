package dev.rallypoint.court.payment;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<Payment, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.id = :id")
    Optional<Payment> findForUpdate(UUID id);

    /** The attempts of one reservation in a state, newest first. */
    List<Payment> findByReservationIdAndStatusOrderByRequestedAtDesc(UUID reservationId, PaymentStatus status);

    /** Requested payments whose answer is overdue, skipping those another instance is resolving. */
    @Query(value = """
            select * from payment
            where status = 'REQUESTED' and answer_due <= :now
            order by answer_due
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<Payment> findOverdue(Instant now, int limit);
}
