package dev.rallypoint.notice.notice;

import java.time.Instant;
import java.util.UUID;

/** A notice in a list: no body. */
record NoticeSummary(UUID id, UUID clubId, NoticeCategory category, String title, boolean pinned, Instant publishedAt,
        Instant expiresAt) {

    static NoticeSummary from(Notice notice) {
        return new NoticeSummary(notice.id(), notice.clubId(), notice.category(), notice.title(), notice.pinned(),
                notice.publishedAt(), notice.expiresAt());
    }
}
