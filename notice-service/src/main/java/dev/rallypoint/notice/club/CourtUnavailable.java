package dev.rallypoint.notice.club;

import dev.rallypoint.notice.NoticeException;

/** court-service did not answer whether the caller manages the club. */
public class CourtUnavailable extends NoticeException {

    CourtUnavailable() {
        super(Kind.UNAVAILABLE, "court-service-unavailable");
    }
}
