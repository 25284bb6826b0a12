package dev.rallypoint.user.account;

/** Where a court manager application stands. */
enum ApplicationStatus {
    PENDING, APPROVED, REJECTED
}
