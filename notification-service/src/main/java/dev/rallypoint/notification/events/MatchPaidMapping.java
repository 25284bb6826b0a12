package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.match.MatchPaid;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** Every share of a match's court is paid and court-service booked it: every player is told, with the court's price. */
@Component
class MatchPaidMapping implements EventMapping<MatchPaid> {

    @Override
    public Class<MatchPaid> type() {
        return MatchPaid.class;
    }

    @Override
    public Notifications map(MatchPaid event) {
        return Notifications.to(event.players().stream()
                .map(player -> Draft.to(player, Category.MATCH, "match.paid", "/matches/" + event.aggregateId(),
                        event.price()))
                .toArray(Draft[]::new));
    }
}
