package dev.rallypoint.court.payment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RefundRepository extends JpaRepository<Refund, UUID> {

    boolean existsByPaymentId(UUID paymentId);

    List<Refund> findByReservationId(UUID reservationId);
}
