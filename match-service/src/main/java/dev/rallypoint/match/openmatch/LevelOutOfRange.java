package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.math.BigDecimal;

/** The player's profile level is outside the open match's level range. */
public class LevelOutOfRange extends MatchException {

    LevelOutOfRange(BigDecimal level, BigDecimal min, BigDecimal max) {
        super(Kind.CONFLICT, "level-out-of-range", level, min, max);
    }
}
