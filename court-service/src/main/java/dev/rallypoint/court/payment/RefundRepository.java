package dev.rallypoint.court.payment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RefundRepository extends JpaRepository<Refund, UUID> {

    boolean existsByPaymentId(UUID paymentId);

    List<Refund> findByReservationId(UUID reservationId);

    /** Points refunded of a payment so far, asked for or credited. */
    @Query("select coalesce(sum(r.amount), 0) from Refund r where r.paymentId = :paymentId")
    long refundedOf(UUID paymentId);
}
