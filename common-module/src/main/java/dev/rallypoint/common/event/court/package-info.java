/**
 * Facts court-service publishes: reservations, seats of ticketed events, payments it requests, refunds it owes.
 */
package dev.rallypoint.common.event.court;
