/**
 * Facts court-service publishes: reservations, payments it requests, refunds it owes.
 */
package dev.rallypoint.common.event.court;
