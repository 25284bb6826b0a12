package dev.rallypoint.court.ticketing;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketedEventRepository extends JpaRepository<TicketedEvent, UUID> {

    Page<TicketedEvent> findByClubId(UUID clubId, Pageable pageable);
}
