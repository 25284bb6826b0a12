package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.match.MatchConfirmed;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** Every player of a match confirmed it: each of them is told the match is on and when it starts. */
@Component
class MatchConfirmedMapping implements EventMapping<MatchConfirmed> {

    @Override
    public Class<MatchConfirmed> type() {
        return MatchConfirmed.class;
    }

    @Override
    public Notifications map(MatchConfirmed event) {
        return Notifications.to(event.players().stream()
                .map(player -> Draft.to(player, Category.MATCH, "match.confirmed", "/matches/" + event.aggregateId(),
                        event.startsAt()))
                .toArray(Draft[]::new));
    }
}
