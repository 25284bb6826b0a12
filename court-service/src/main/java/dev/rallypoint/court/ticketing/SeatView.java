package dev.rallypoint.court.ticketing;

/** One seat of the seat map. */
record SeatView(int number, SeatStatus status) {
}
