/**
 * Members following clubs: a follower hears about the club's notices (notification-service keeps the
 * audience from the events published here).
 */
package dev.rallypoint.notice.follow;
