package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.match.MatchFormed;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The matcher found a match: every player of it is told when it starts. */
@Component
class MatchFormedMapping implements EventMapping<MatchFormed> {

    @Override
    public Class<MatchFormed> type() {
        return MatchFormed.class;
    }

    @Override
    public Notifications map(MatchFormed event) {
        String template = "DOUBLES".equals(event.gameType()) ? "match.formed.doubles" : "match.formed.singles";
        return Notifications.to(event.players().stream()
                .map(player -> Draft.to(player, Category.MATCH, template, "/matches/" + event.aggregateId(), event.startsAt()))
                .toArray(Draft[]::new));
    }
}
