/**
 * Which slots of a court are free, per date in the club's time zone, served from Redis and
 * invalidated whenever a court's calendar changes; and the search for courts.
 */
package dev.rallypoint.court.availability;
