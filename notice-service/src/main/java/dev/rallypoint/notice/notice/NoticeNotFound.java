package dev.rallypoint.notice.notice;

import dev.rallypoint.notice.NoticeException;
import java.util.UUID;

/** No notice with this id that the caller may see. */
class NoticeNotFound extends NoticeException {

    NoticeNotFound(UUID id) {
        super(Kind.NOT_FOUND, "notice-not-found", id);
    }
}
