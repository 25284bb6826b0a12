package dev.rallypoint.notice.club;

import dev.rallypoint.notice.NoticeException;
import java.util.UUID;

/** The caller does not manage the club. */
public class NotClubManager extends NoticeException {

    NotClubManager(UUID clubId) {
        super(Kind.FORBIDDEN, "not-club-manager", clubId);
    }
}
