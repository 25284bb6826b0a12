package dev.rallypoint.notification.inbox;

import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.notification.Paged;
import dev.rallypoint.notification.member.Member;
import dev.rallypoint.notification.member.MemberWithdrawn;
import dev.rallypoint.notification.member.Members;
import dev.rallypoint.notification.preference.Category;
import dev.rallypoint.notification.preference.MemberPreferences;
import dev.rallypoint.notification.preference.Preferences;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' inboxes. {@link #deliver} writes notifications in the caller's transaction (the consumer's, or a
 * fan-out batch's), each once per recipient and source: the unique key of the table, not a check in
 * memory, turns a redelivered event or a batch run again into no new row. What it wrote it announces
 * ({@link NotificationsCreated}) for the channels and the streams.
 */
@Component
public class Inbox {

    /** How many missed notifications a reconnecting stream gets at most. */
    static final int MAX_REPLAY = 100;

    private final NotificationRepository notifications;

    private final JdbcClient jdbc;

    private final MemberPreferences preferences;

    private final Members members;

    private final Templates templates;

    private final ApplicationEventPublisher events;

    private final Counter created;

    private final Clock clock;

    Inbox(NotificationRepository notifications, JdbcClient jdbc, MemberPreferences preferences, Members members,
            Templates templates, ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.members = members;
        this.templates = templates;
        this.events = events;
        this.created = meters.counter("rallypoint.notifications.created");
        this.clock = clock;
    }

    /**
     * Writes each draft to its recipient's inbox unless the source already gave that recipient one;
     * answers how many it wrote.
     *
     * @param source what caused the drafts, e.g. an event id: the same source never reaches a recipient twice
     */
    @Transactional
    public int deliver(List<Draft> drafts, String source) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Set<UUID> recipients = drafts.stream().map(Draft::recipient).collect(Collectors.toSet());
        Map<UUID, Preferences> chosen = preferences.of(recipients);
        Map<UUID, Member> known = members.find(recipients);
        List<NotificationsCreated.Created> written = new ArrayList<>();
        for (Draft draft : drafts) {
            Preferences preference = chosen.get(draft.recipient());
            Templates.Text text = templates.render(draft.template(), draft.arguments(), preference.language(),
                    preference.zone());
            Instant now = clock.instant();
            UUID id = Uuids.timeOrdered(clock);
            int inserted = jdbc.sql("""
                    insert into notification (id, recipient_id, source, category, title, body, link, created_at)
                    values (:id, :recipient, :source, :category, :title, :body, :link, :now)
                    on conflict on constraint notification_once do nothing""")
                    .param("id", id).param("recipient", draft.recipient()).param("source", source)
                    .param("category", draft.category().name()).param("title", text.title()).param("body", text.body())
                    .param("link", draft.link()).param("now", Timestamp.from(now))
                    .update();
            if (inserted == 1) {
                Member member = known.get(draft.recipient());
                written.add(new NotificationsCreated.Created(draft.recipient(), new NotificationView(id,
                        draft.category(), text.title(), text.body(), draft.link(), now, null), preference,
                        member == null ? null : member.email()));
            }
        }
        if (!written.isEmpty()) {
            events.publishEvent(new NotificationsCreated(written));
            created.increment(written.size());
        }
        return written.size();
    }

    @Transactional(readOnly = true)
    public Paged<NotificationView> inbox(UUID recipient, boolean unreadOnly, Category category, Pageable page) {
        return Paged.of(notifications.inbox(recipient, unreadOnly, category, page), NotificationView::from);
    }

    @Transactional(readOnly = true)
    public long unread(UUID recipient) {
        return notifications.countUnread(recipient);
    }

    @Transactional(readOnly = true)
    public NotificationView one(UUID recipient, UUID id) {
        return NotificationView.from(owned(recipient, id));
    }

    /** The recipient's notifications after {@code lastSeen}, oldest first, at most {@value #MAX_REPLAY}. */
    @Transactional(readOnly = true)
    public List<NotificationView> after(UUID recipient, UUID lastSeen) {
        return notifications.after(recipient, lastSeen, PageRequest.of(0, MAX_REPLAY)).stream()
                .map(NotificationView::from).toList();
    }

    @Transactional
    public NotificationView markRead(UUID recipient, UUID id) {
        Notification notification = owned(recipient, id);
        notification.markRead(clock);
        return NotificationView.from(notification);
    }

    @Transactional
    public int markAllRead(UUID recipient) {
        return notifications.markAllRead(recipient, clock.instant());
    }

    @Transactional
    public void delete(UUID recipient, UUID id) {
        notifications.delete(owned(recipient, id));
    }

    @EventListener
    void on(MemberWithdrawn withdrawn) {
        notifications.deleteAllOf(withdrawn.memberId());
    }

    private Notification owned(UUID recipient, UUID id) {
        return notifications.findByIdAndRecipientId(id, recipient).orElseThrow(() -> new NotificationNotFound(id));
    }
}
