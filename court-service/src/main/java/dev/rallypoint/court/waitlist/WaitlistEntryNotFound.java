package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No waitlist entry with this id that the caller may see. */
public class WaitlistEntryNotFound extends CourtException {

    public WaitlistEntryNotFound(UUID id) {
        super("waitlist-entry-not-found", id);
    }
}
