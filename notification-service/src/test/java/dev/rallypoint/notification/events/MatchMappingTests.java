package dev.rallypoint.notification.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rallypoint.common.event.match.MatchCancelled;
import dev.rallypoint.common.event.match.MatchConfirmed;
import dev.rallypoint.common.event.match.MatchFormed;
import dev.rallypoint.common.event.match.MatchResultRecorded;
import dev.rallypoint.common.event.match.RatingChanged;
import dev.rallypoint.notification.inbox.Draft;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Match events become notifications for the players they concern, without Spring. */
class MatchMappingTests {

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

    @Test
    void winnersAndLosersOfARecordedResultAreToldApart() {
        UUID winner = UUID.randomUUID();
        UUID loser = UUID.randomUUID();
        MatchResultRecorded event = new MatchResultRecorded(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                List.of(winner), List.of(loser), "6-4 7-5");

        Notifications.ToMembers told = (Notifications.ToMembers) new MatchResultRecordedMapping().map(event);

        assertThat(told.drafts()).extracting(Draft::recipient, Draft::template)
                .containsExactlyInAnyOrder(tuple(winner, "match.result.won"), tuple(loser, "match.result.lost"));
    }

    @Test
    void aPlayerIsToldTheirNewRating() {
        UUID player = UUID.randomUUID();
        RatingChanged event = new RatingChanged(UUID.randomUUID(), Instant.now(), player, UUID.randomUUID(), 1500,
                1564.4, 151.5, 3.5);

        Notifications.ToMembers told = (Notifications.ToMembers) new RatingChangedMapping().map(event);

        assertThat(told.drafts()).singleElement().satisfies(draft -> {
            assertThat(draft.recipient()).isEqualTo(player);
            assertThat(draft.arguments()).containsExactly(1564L, "3.5");
        });
    }

    @Test
    void everyPlayerOfAConfirmedMatchIsToldWhenItStarts() {
        List<UUID> players = List.of(UUID.randomUUID(), UUID.randomUUID());
        Instant start = Instant.parse("2026-12-12T09:00:00Z");
        UUID match = UUID.randomUUID();
        MatchConfirmed event = new MatchConfirmed(UUID.randomUUID(), Instant.now(), match, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), start, start.plusSeconds(3600), players);

        Notifications.ToMembers told = (Notifications.ToMembers) new MatchConfirmedMapping().map(event);

        assertThat(told.drafts()).extracting(Draft::recipient, Draft::template, Draft::link, Draft::arguments)
                .containsExactlyInAnyOrder(
                        tuple(players.get(0), "match.confirmed", "/matches/" + match, List.of(start)),
                        tuple(players.get(1), "match.confirmed", "/matches/" + match, List.of(start)));
    }

    @Test
    void aDeclinerIsToldTheirRequestIsClosedAndTheOthersThatTheirsIsBackInTheQueue() {
        UUID decliner = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID opponentOne = UUID.randomUUID();
        UUID opponentTwo = UUID.randomUUID();
        MatchCancelled event = new MatchCancelled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "DECLINED",
                List.of(decliner, partner, opponentOne, opponentTwo), List.of(decliner));

        Notifications.ToMembers told = (Notifications.ToMembers) new MatchCancelledMapping().map(event);

        assertThat(told.drafts()).extracting(Draft::recipient, Draft::template).containsExactlyInAnyOrder(
                tuple(decliner, "match.cancelled.responsible"), tuple(partner, "match.cancelled.declined"),
                tuple(opponentOne, "match.cancelled.declined"), tuple(opponentTwo, "match.cancelled.declined"));
    }

    @Test
    void aTimedOutMatchTellsThoseWhoConfirmedThatTheDeadlinePassed() {
        UUID confirmed = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        MatchCancelled event = new MatchCancelled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "TIMED_OUT",
                List.of(confirmed, late), List.of(late));

        Notifications.ToMembers told = (Notifications.ToMembers) new MatchCancelledMapping().map(event);

        assertThat(told.drafts()).extracting(Draft::recipient, Draft::template).containsExactlyInAnyOrder(
                tuple(confirmed, "match.cancelled.timed-out"), tuple(late, "match.cancelled.responsible"));
    }
}
