package dev.rallypoint.notification.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.match.MatchFormed;
import dev.rallypoint.notification.inbox.Draft;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A formed match tells each of its players, with the template of its game type, without Spring. */
class MatchFormedMappingTests {

    @Test
    void everyPlayerOfADoublesMatchIsTold() {
        List<UUID> one = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<UUID> two = List.of(UUID.randomUUID(), UUID.randomUUID());
        Instant start = Instant.parse("2026-12-12T09:00:00Z");
        MatchFormed event = new MatchFormed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "DOUBLES",
                UUID.randomUUID(), start, start.plusSeconds(3600), one, two);

        Notifications.ToMembers told = (Notifications.ToMembers) new MatchFormedMapping().map(event);

        assertThat(told.drafts()).extracting(Draft::recipient).containsExactlyInAnyOrderElementsOf(event.players());
        assertThat(told.drafts()).extracting(Draft::template).containsOnly("match.formed.doubles");
        assertThat(told.drafts()).extracting(Draft::arguments).containsOnly(List.of(start));
    }
}
