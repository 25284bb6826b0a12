package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.walkin.WalkInCalled;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The desk called the member's walk-in party: answer in time (a party registered by phone gets nothing here). */
@Component
class WalkInCalledMapping implements EventMapping<WalkInCalled> {

    @Override
    public Class<WalkInCalled> type() {
        return WalkInCalled.class;
    }

    @Override
    public Notifications map(WalkInCalled event) {
        if (event.memberId() == null) {
            return Notifications.none();
        }
        String template = "FINAL".equals(event.call()) ? "walk-in.final-call" : "walk-in.first-call";
        return Notifications.to(Draft.to(event.memberId(), Category.WALK_IN, template,
                "/clubs/" + event.clubId() + "/walk-ins/" + event.aggregateId(), event.ticket(), event.answerDue()));
    }
}
