/**
 * Facts match-service publishes: matches formed from players' requests, and what follows from them.
 */
package dev.rallypoint.common.event.match;
