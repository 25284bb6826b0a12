package dev.rallypoint.common.event.notice;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A notice became visible: at once when it was posted, or at its publish-at time. Published once per
 * notice; an edit of a published notice publishes nothing.
 *
 * @param aggregateId the notice id
 * @param clubId the club of a club notice; {@code null} for a platform notice (everyone is concerned)
 * @param category the notice's category, e.g. {@code GENERAL}, {@code MAINTENANCE}, {@code EVENT}
 * @param title the title, plain text
 * @param summary the first words of the body as plain text, for a notification
 * @param pinned whether it is pinned to the top of its list
 */
@Topic("notice.notice-published")
public record NoticePublished(UUID eventId, Instant occurredAt, UUID aggregateId, UUID clubId, String category,
        String title, String summary, boolean pinned) implements IntegrationEvent {

    public boolean forEveryone() {
        return clubId == null;
    }
}
