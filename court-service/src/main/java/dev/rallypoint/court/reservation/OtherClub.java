package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtException;

/** A reservation can only move to a court of its own club. */
public class OtherClub extends CourtException {

    public OtherClub() {
        super("change-to-other-club");
    }
}
