package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.match.RatingChanged;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** A player's rating moved after a match: they see the new rating and the NTRP level it maps to. */
@Component
class RatingChangedMapping implements EventMapping<RatingChanged> {

    @Override
    public Class<RatingChanged> type() {
        return RatingChanged.class;
    }

    @Override
    public Notifications map(RatingChanged event) {
        return Notifications.to(Draft.to(event.aggregateId(), Category.MATCH, "match.rating-changed",
                "/ratings/me", Math.round(event.rating()), String.valueOf(event.ntrp())));
    }
}
