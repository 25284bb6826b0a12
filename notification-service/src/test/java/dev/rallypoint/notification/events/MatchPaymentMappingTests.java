package dev.rallypoint.notification.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rallypoint.common.event.match.MatchPaid;
import dev.rallypoint.common.event.match.MatchPaymentFailed;
import dev.rallypoint.notification.inbox.Draft;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outcome of a match's split payment reaches every player of it, without Spring. */
class MatchPaymentMappingTests {

    @Test
    void everyPlayerOfAPaidMatchIsToldTheCourtIsBookedAndItsPrice() {
        List<UUID> players = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID match = UUID.randomUUID();
        MatchPaid event = new MatchPaid(UUID.randomUUID(), Instant.now(), match, UUID.randomUUID(), 40_000, players);

        Notifications.ToMembers told = (Notifications.ToMembers) new MatchPaidMapping().map(event);

        assertThat(told.drafts()).extracting(Draft::recipient, Draft::template, Draft::link, Draft::arguments)
                .containsExactlyInAnyOrderElementsOf(players.stream()
                        .map(player -> tuple(player, "match.paid", "/matches/" + match, List.of(40_000L)))
                        .toList());
    }

    @Test
    void aPlayerWhoseShareWasDeclinedIsToldToConfirmAgainAndTheOthersThatTheMatchWaits() {
        UUID broke = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID opponentOne = UUID.randomUUID();
        UUID opponentTwo = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        MatchPaymentFailed event = new MatchPaymentFailed(UUID.randomUUID(), Instant.now(), match,
                "INSUFFICIENT_POINTS", List.of(broke, partner, opponentOne, opponentTwo), List.of(broke));

        Notifications.ToMembers told = (Notifications.ToMembers) new MatchPaymentFailedMapping().map(event);

        assertThat(told.drafts()).extracting(Draft::recipient, Draft::template, Draft::link).containsExactlyInAnyOrder(
                tuple(broke, "match.payment-failed.unpaid", "/matches/" + match),
                tuple(partner, "match.payment-failed.others", "/matches/" + match),
                tuple(opponentOne, "match.payment-failed.others", "/matches/" + match),
                tuple(opponentTwo, "match.payment-failed.others", "/matches/" + match));
    }
}
