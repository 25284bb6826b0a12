package dev.rallypoint.notice.notice;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a notice said before an edit, numbered from 1. Never changed. */
@Entity
@Table(name = "notice_revision")
public class NoticeRevision {

    @Id
    private UUID id;

    private UUID noticeId;

    private int number;

    @Enumerated(EnumType.STRING)
    private NoticeCategory category;

    private String title;

    private String body;

    private boolean pinned;

    private UUID editedBy;

    private Instant editedAt;

    protected NoticeRevision() {
    }

    static NoticeRevision of(Notice notice, int number, UUID editedBy, Instant editedAt) {
        NoticeRevision revision = new NoticeRevision();
        revision.id = Uuids.timeOrdered();
        revision.noticeId = notice.id();
        revision.number = number;
        revision.category = notice.category();
        revision.title = notice.title();
        revision.body = notice.body();
        revision.pinned = notice.pinned();
        revision.editedBy = editedBy;
        revision.editedAt = editedAt;
        return revision;
    }

    public int number() {
        return number;
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

    public boolean pinned() {
        return pinned;
    }

    public UUID editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }
}
