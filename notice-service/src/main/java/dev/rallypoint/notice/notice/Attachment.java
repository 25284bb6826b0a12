package dev.rallypoint.notice.notice;

import jakarta.persistence.Embeddable;

/** A file linked from a notice, by HTTPS URL (files are hosted elsewhere). */
@Embeddable
public record Attachment(String name, String url) {
}
