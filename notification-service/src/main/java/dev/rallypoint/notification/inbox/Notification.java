package dev.rallypoint.notification.inbox;

import dev.rallypoint.notification.preference.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * One item of a member's inbox, written once (inserted by {@link Inbox} under the unique key of recipient
 * and source) and then only read, marked read or deleted by its recipient.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    private UUID recipientId;

    private String source;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String title;

    private String body;

    private String link;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    /** The recipient read it; reading it again changes nothing. */
    void markRead(Clock clock) {
        if (readAt == null) {
            readAt = clock.instant();
        }
    }

    public UUID id() {
        return id;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public String source() {
        return source;
    }

    public Category category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
