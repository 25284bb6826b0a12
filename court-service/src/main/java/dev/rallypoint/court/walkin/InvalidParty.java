package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtException;

/** A registration without a sensible party: a member registers themselves, the desk a phone number. */
public class InvalidParty extends CourtException {

    public InvalidParty() {
        super("walk-in-party");
    }
}
