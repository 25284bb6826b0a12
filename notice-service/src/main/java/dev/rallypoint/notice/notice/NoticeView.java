package dev.rallypoint.notice.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A whole notice.
 *
 * @param body the Markdown as written
 * @param bodyHtml the body rendered to HTML that is safe to show as it is
 * @param publishAt when it is (or was) to be published
 * @param publishedAt when it was published; {@code null} while scheduled
 */
record NoticeView(UUID id, UUID clubId, NoticeCategory category, String title, String body, String bodyHtml,
        boolean pinned, Instant publishAt, Instant publishedAt, Instant expiresAt, List<Attachment> attachments,
        UUID authorId, Instant createdAt, Instant updatedAt) {

    static NoticeView from(Notice notice) {
        return new NoticeView(notice.id(), notice.clubId(), notice.category(), notice.title(), notice.body(),
                notice.bodyHtml(), notice.pinned(), notice.publishAt(), notice.publishedAt(), notice.expiresAt(),
                notice.attachments(), notice.authorId(), notice.createdAt(), notice.updatedAt());
    }
}
