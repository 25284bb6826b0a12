package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.match.MatchResultRecorded;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A match's result is recorded: winners and losers are told the score. */
@Component
class MatchResultRecordedMapping implements EventMapping<MatchResultRecorded> {

    @Override
    public Class<MatchResultRecorded> type() {
        return MatchResultRecorded.class;
    }

    @Override
    public Notifications map(MatchResultRecorded event) {
        String link = "/matches/" + event.aggregateId();
        return Notifications.to(Stream.concat(
                event.winners().stream().map(player -> Draft.to(player, Category.MATCH, "match.result.won", link, event.score())),
                event.losers().stream().map(player -> Draft.to(player, Category.MATCH, "match.result.lost", link, event.score())))
                .toArray(Draft[]::new));
    }
}
