package dev.rallypoint.notice.notice;

import dev.rallypoint.notice.NoticeException;

/** The notice contradicts itself, e.g. it expires before it is published. */
class InvalidNotice extends NoticeException {

    InvalidNotice(String reason) {
        super(Kind.INVALID, "invalid-notice", reason);
    }
}
