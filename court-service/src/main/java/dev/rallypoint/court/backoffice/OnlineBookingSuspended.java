package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.CourtException;
import java.time.Instant;
import java.util.UUID;

/** The member missed too many reservations of the club: online booking there is suspended for a while. */
public class OnlineBookingSuspended extends CourtException {

    OnlineBookingSuspended(UUID clubId, Instant until) {
        super("online-booking-suspended", clubId, until);
    }
}
