package dev.rallypoint.match.request;

import dev.rallypoint.match.MatchException;
import java.math.BigDecimal;

/** A player claimed a level above their profile's; it may only be lowered. */
public class LevelAboveProfile extends MatchException {

    LevelAboveProfile(BigDecimal profileLevel) {
        super(Kind.INVALID, "level-above-profile", profileLevel);
    }
}
