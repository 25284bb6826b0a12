package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.match.MatchCancelled;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * A formed match fell through before it was confirmed: every player is told. The players who declined or did
 * not confirm in time learn that their request is closed; the others that theirs is back at the front of the
 * queue, and why (a decline or the deadline).
 */
@Component
class MatchCancelledMapping implements EventMapping<MatchCancelled> {

    @Override
    public Class<MatchCancelled> type() {
        return MatchCancelled.class;
    }

    @Override
    public Notifications map(MatchCancelled event) {
        String link = "/matches/" + event.aggregateId();
        String others = "DECLINED".equals(event.reason()) ? "match.cancelled.declined" : "match.cancelled.timed-out";
        return Notifications.to(event.players().stream()
                .map(player -> Draft.to(player, Category.MATCH,
                        event.responsible().contains(player) ? "match.cancelled.responsible" : others, link))
                .toArray(Draft[]::new));
    }
}
