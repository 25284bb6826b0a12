package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.notice.NoticePublished;
import dev.rallypoint.notification.broadcast.Audience;
import dev.rallypoint.notification.preference.Category;
import java.util.List;
import org.springframework.stereotype.Component;

/** A notice was published: a platform notice concerns every member, a club notice the club's followers and recent bookers. */
@Component
class NoticePublishedMapping implements EventMapping<NoticePublished> {

    @Override
    public Class<NoticePublished> type() {
        return NoticePublished.class;
    }

    @Override
    public Notifications map(NoticePublished event) {
        Audience audience = event.forEveryone() ? new Audience.Everyone() : new Audience.OfClub(event.clubId());
        return new Notifications.ToAudience(audience, Category.NOTICE,
                event.forEveryone() ? "notice.platform" : "notice.club",
                List.of(event.title(), event.summary() == null ? "" : event.summary()),
                "/notices/" + event.aggregateId());
    }
}
