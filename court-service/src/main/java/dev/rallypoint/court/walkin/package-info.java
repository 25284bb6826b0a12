/**
 * Walk-in waiting at a club (seed 004): parties register on the day, the desk calls them (first, final),
 * they answer with a travel time, arrive and enter; unanswered calls end the entry, a second one as a
 * no-show. PostgreSQL keeps every entry; Redis mirrors the active ones for the frequent status polls.
 */
package dev.rallypoint.court.walkin;
