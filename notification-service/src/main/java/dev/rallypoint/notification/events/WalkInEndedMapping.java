package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.walkin.WalkInEnded;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** The member's walk-in ended without going on court: unanswered calls, a no-show, or the club cancelled. */
@Component
class WalkInEndedMapping implements EventMapping<WalkInEnded> {

    @Override
    public Class<WalkInEnded> type() {
        return WalkInEnded.class;
    }

    @Override
    public Notifications map(WalkInEnded event) {
        if (event.memberId() == null) {
            return Notifications.none();
        }
        String template = switch (event.status()) {
            case "NO_ANSWER2" -> "walk-in.no-show";
            case "OWNER_CANCEL" -> "walk-in.cancelled-by-club";
            default -> "walk-in.no-answer";
        };
        return Notifications.to(Draft.to(event.memberId(), Category.WALK_IN, template,
                "/clubs/" + event.clubId() + "/walk-ins/" + event.aggregateId(), event.ticket()));
    }
}
