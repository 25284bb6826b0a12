package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** The requested time starts sooner than the club's minimum notice. */
public class TooShortNotice extends CourtException {

    public TooShortNotice(int minutes) {
        super("too-short-notice", minutes);
    }
}
