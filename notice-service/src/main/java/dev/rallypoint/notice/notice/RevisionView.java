package dev.rallypoint.notice.notice;

import java.time.Instant;
import java.util.UUID;

/** What a notice said before the edit numbered {@code number}. */
record RevisionView(int number, NoticeCategory category, String title, String body, boolean pinned, UUID editedBy,
        Instant editedAt) {

    static RevisionView from(NoticeRevision revision) {
        return new RevisionView(revision.number(), revision.category(), revision.title(), revision.body(),
                revision.pinned(), revision.editedBy(), revision.editedAt());
    }
}
