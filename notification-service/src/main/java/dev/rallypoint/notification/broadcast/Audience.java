package dev.rallypoint.notification.broadcast;

import dev.rallypoint.common.identity.Role;
import java.util.UUID;

/** Who a broadcast is for. */
public sealed interface Audience {

    /** Every active member. */
    record Everyone() implements Audience {
    }

    /** Every active member with the role. */
    record WithRole(Role role) implements Audience {
    }

    /** A club's followers and recent bookers. */
    record OfClub(UUID clubId) implements Audience {
    }
}
