package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.CourtException;

/** A waitlist request that contradicts itself or the club's slot grid ({@code field} names what). */
public class InvalidWish extends CourtException {

    public InvalidWish(String field) {
        super("invalid-waitlist-entry", field);
    }
}
