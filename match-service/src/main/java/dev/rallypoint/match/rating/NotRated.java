package dev.rallypoint.match.rating;

import dev.rallypoint.match.MatchException;

/** The player has no recorded match yet, so no rating. */
public class NotRated extends MatchException {

    NotRated() {
        super(Kind.NOT_FOUND, "not-rated");
    }
}
