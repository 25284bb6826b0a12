package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** The hold's deadline passed before the member asked to pay for it. */
public class HoldExpired extends CourtException {

    public HoldExpired(UUID id) {
        super("hold-expired", id);
    }
}
