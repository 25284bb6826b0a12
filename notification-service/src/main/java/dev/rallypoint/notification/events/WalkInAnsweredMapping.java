package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.walkin.WalkInAnswered;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** A called party answered: each of the club's desk managers is told when to expect it. */
@Component
class WalkInAnsweredMapping implements EventMapping<WalkInAnswered> {

    @Override
    public Class<WalkInAnswered> type() {
        return WalkInAnswered.class;
    }

    @Override
    public Notifications map(WalkInAnswered event) {
        return Notifications.to(event.deskIds().stream()
                .map(desk -> Draft.to(desk, Category.WALK_IN, "walk-in.answered",
                        "/manager/clubs/" + event.clubId() + "/walk-ins", event.ticket(), event.travelMinutes(),
                        event.expectedArrival()))
                .toArray(Draft[]::new));
    }
}
