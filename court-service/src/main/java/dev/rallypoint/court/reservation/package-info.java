/**
 * Court reservations: holds that can never double-book, their expiry, changes, cancellations and
 * after-the-slot outcomes, with the lists members, managers and admins see.
 */
package dev.rallypoint.court.reservation;
