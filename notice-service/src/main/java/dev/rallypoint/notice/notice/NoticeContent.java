package dev.rallypoint.notice.notice;

import java.time.Instant;
import java.util.List;

/** What an author writes of a notice, validated at the HTTP boundary. */
record NoticeContent(NoticeCategory category, String title, String body, boolean pinned, Instant publishAt,
        Instant expiresAt, List<Attachment> attachments) {

    NoticeContent {
        attachments = List.copyOf(attachments);
    }
}
