package dev.rallypoint.notice.club;

import dev.rallypoint.notice.NoticeException;
import java.util.UUID;

/** court-service knows no such club. */
public class ClubNotFound extends NoticeException {

    ClubNotFound(UUID clubId) {
        super(Kind.NOT_FOUND, "club-not-found", clubId);
    }
}
