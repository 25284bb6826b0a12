package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtException;

/** The member left too many final calls of this club unanswered lately; the club does not take them for now. */
public class TooManyNoShows extends CourtException {

    public TooManyNoShows(int limit, int days) {
        super("walk-in-too-many-no-shows", limit, days);
    }
}
