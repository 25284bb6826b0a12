package dev.rallypoint.court.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.court.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cancellation rules of an event date, without Spring. */
class EventDateTests {

    final Instant now = Instant.parse("2026-05-01T10:00:00Z");

    final Clock clock = Clock.fixed(now, ZoneOffset.UTC);

    final TicketedEvent event = TicketedEvent.announce(UUID.randomUUID(), ZoneId.of("Asia/Seoul"), "Final", 10, 5_000,
            false, UUID.randomUUID(), clock);

    @Test
    void aDateIsCancelledOnceAndKeepsItsFirstReason() {
        EventDate date = EventDate.of(event, now.plus(Duration.ofDays(2)), clock);

        assertThat(date.cancel(event, Actor.MANAGER, "Rain", false, clock)).isTrue();
        assertThat(date.cancel(event, Actor.ADMIN, "Again", true, clock)).isFalse();

        assertThat(date.cancelledBy()).isEqualTo(Actor.MANAGER);
        assertThat(date.cancellationReason()).isEqualTo("Rain");
    }

    @Test
    void aDateThatHasBegunCannotBeCancelled() {
        EventDate date = EventDate.of(event, now.minusSeconds(1), clock);

        assertThatThrownBy(() -> date.cancel(event, Actor.MANAGER, "Too late", false, clock))
                .isInstanceOf(EventDateStarted.class);
        assertThat(date.isCancelled()).isFalse();
    }

    @Test
    void aCancelledDateIsNotOnSale() {
        EventDate date = EventDate.of(event, now.plus(Duration.ofDays(2)), clock);
        date.cancel(event, Actor.MANAGER, "Rain", false, clock);

        assertThatThrownBy(() -> date.requireOnSale(now)).isInstanceOf(DateCancelled.class);
    }
}
