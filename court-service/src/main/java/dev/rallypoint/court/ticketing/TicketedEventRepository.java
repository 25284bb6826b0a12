package dev.rallypoint.court.ticketing;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TicketedEventRepository extends JpaRepository<TicketedEvent, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from TicketedEvent e where e.id = :id")
    Optional<TicketedEvent> findForUpdate(UUID id);

    Page<TicketedEvent> findByClubId(UUID clubId, Pageable pageable);
}
