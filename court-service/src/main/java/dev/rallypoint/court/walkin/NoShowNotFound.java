package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No no-show with this id on this club's list. */
public class NoShowNotFound extends CourtException {

    public NoShowNotFound(UUID id) {
        super("walk-in-no-show-not-found", id);
    }
}
