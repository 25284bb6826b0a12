package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.MatchException;
import java.util.UUID;

/** Only the publisher of an open match calls it off. */
public class NotPublisher extends MatchException {

    NotPublisher(UUID id) {
        super(Kind.FORBIDDEN, "not-publisher", id);
    }
}
