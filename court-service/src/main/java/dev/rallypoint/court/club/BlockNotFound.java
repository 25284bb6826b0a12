package dev.rallypoint.court.club;

import dev.rallypoint.court.CourtException;
import java.util.UUID;

/** No block with this id in this club. */
public class BlockNotFound extends CourtException {

    public BlockNotFound(UUID id) {
        super("block-not-found", id);
    }
}
