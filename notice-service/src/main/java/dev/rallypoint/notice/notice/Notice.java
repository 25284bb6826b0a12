package dev.rallypoint.notice.notice;

import dev.rallypoint.common.event.notice.NoticePublished;
import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A notice of the platform ({@code clubId} null) or of one club. It becomes visible when published (at
 * once, or at its publish-at time) and stays visible until it expires; publishing announces it
 * ({@link NoticePublished}) exactly once. An edit keeps what it said before as a {@link NoticeRevision}.
 */
@Entity
@Table(name = "notice")
public class Notice extends AbstractAggregateRoot<Notice> {

    static final int SUMMARY_LENGTH = 140;

    @Id
    private UUID id;

    private UUID clubId;

    @Enumerated(EnumType.STRING)
    private NoticeCategory category;

    private String title;

    private String body;

    private String bodyHtml;

    private boolean pinned;

    private Instant publishAt;

    private Instant expiresAt;

    private Instant publishedAt;

    private UUID authorId;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_attachment", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    protected Notice() {
    }

    /** A new notice; published at once when {@code publishAt} is not in the future. */
    static Notice post(UUID clubId, NoticeContent content, UUID authorId, Clock clock) {
        Notice notice = new Notice();
        Instant now = clock.instant();
        notice.id = Uuids.timeOrdered(clock);
        notice.clubId = clubId;
        notice.authorId = authorId;
        notice.createdAt = now;
        notice.apply(content, now);
        notice.publishIfDue(clock);
        return notice;
    }

    /** Changes the notice; what it said before becomes a revision. A published notice is not announced again. */
    NoticeRevision edit(NoticeContent content, int revisionNumber, UUID editorId, Clock clock) {
        Instant now = clock.instant();
        NoticeRevision before = NoticeRevision.of(this, revisionNumber, editorId, now);
        apply(content, now);
        publishIfDue(clock);
        return before;
    }

    /** Publishes the notice if its time has come and it was not published yet; answers whether it did now. */
    boolean publishIfDue(Clock clock) {
        Instant now = clock.instant();
        if (publishedAt != null || publishAt.isAfter(now)) {
            return false;
        }
        publishedAt = now;
        registerEvent(new NoticePublished(Uuids.timeOrdered(clock), now, id, clubId, category.name(), title,
                Markdown.summary(body, SUMMARY_LENGTH), pinned));
        return true;
    }

    private void apply(NoticeContent content, Instant now) {
        category = content.category();
        title = content.title();
        body = content.body();
        bodyHtml = Markdown.toSafeHtml(content.body());
        pinned = content.pinned();
        if (publishedAt == null) {
            publishAt = content.publishAt() == null ? now : content.publishAt();
        }
        expiresAt = content.expiresAt();
        attachments.clear();
        attachments.addAll(content.attachments());
        updatedAt = now;
    }

    /** Whether anyone may read it now. */
    boolean isVisible(Instant now) {
        return publishedAt != null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public UUID id() {
        return id;
    }

    public UUID clubId() {
        return clubId;
    }

    public NoticeCategory category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public boolean pinned() {
        return pinned;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public UUID authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }
}
