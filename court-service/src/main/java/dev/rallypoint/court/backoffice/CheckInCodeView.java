package dev.rallypoint.court.backoffice;

import java.time.Instant;
import java.util.UUID;

/** The code a member shows at the desk, and when check-in is open. */
record CheckInCodeView(UUID reservationId, String code, Instant opensAt, Instant closesAt) {
}
