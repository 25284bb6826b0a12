package dev.rallypoint.notice.notice;

import dev.rallypoint.notice.NoticeException;

/** Only admins post platform notices. */
class PlatformNoticeForAdmins extends NoticeException {

    PlatformNoticeForAdmins() {
        super(Kind.FORBIDDEN, "platform-notice-for-admins");
    }
}
