package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.match.MatchPaymentFailed;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * A share of a match's split payment was declined: every player is told. The players whose share was declined
 * learn that they must confirm again before the deadline (the wallet's own {@code PaymentFailed} says why); the
 * others that their share is refunded and the match waits for them.
 */
@Component
class MatchPaymentFailedMapping implements EventMapping<MatchPaymentFailed> {

    @Override
    public Class<MatchPaymentFailed> type() {
        return MatchPaymentFailed.class;
    }

    @Override
    public Notifications map(MatchPaymentFailed event) {
        String link = "/matches/" + event.aggregateId();
        return Notifications.to(event.players().stream()
                .map(player -> Draft.to(player, Category.MATCH,
                        event.unpaid().contains(player) ? "match.payment-failed.unpaid" : "match.payment-failed.others",
                        link))
                .toArray(Draft[]::new));
    }
}
