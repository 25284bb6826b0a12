package dev.rallypoint.court.ticketing;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventDateRepository extends JpaRepository<EventDate, UUID> {

    List<EventDate> findByEventIdOrderByStartsAt(UUID eventId);

    List<EventDate> findByEventIdInOrderByStartsAt(List<UUID> eventIds);
}
