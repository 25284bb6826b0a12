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

    /** The reservation a payment is for, read without loading or locking the payment. */
    @Query("select p.reservationId from Payment p where p.id = :id")
    Optional<UUID> findReservationIdOf(UUID id);

    /** The attempts of one reservation in a state, locked, newest first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.reservationId = :reservationId and p.status = :status order by p.requestedAt desc")
    List<Payment> findForUpdate(UUID reservationId, PaymentStatus status);

    /**
     * Requested payments whose answer is overdue, oldest due first, neither loaded nor locked: each is
     * looked into (outbox, wallet) outside a transaction, then settled under its locks.
     */
    @Query(value = """
            select p.id from payment p
            where p.status = 'REQUESTED' and p.answer_due <= :now
            order by p.answer_due
            limit :limit""", nativeQuery = true)
    List<UUID> findOverdue(Instant now, int limit);
}
