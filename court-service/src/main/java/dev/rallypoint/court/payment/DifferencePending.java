package dev.rallypoint.court.payment;

import dev.rallypoint.court.CourtException;

/** The price difference of the reservation's last change is still being paid; it cannot change again yet. */
public class DifferencePending extends CourtException {

    DifferencePending() {
        super("difference-pending");
    }
}
