/**
 * Facts court-service's walk-in waiting publishes: the desk's calls, parties' answers and entries that
 * ended without the party going on court.
 */
package dev.rallypoint.common.event.walkin;
