/**
 * Match requests: what a player (or a doubles pair) asks for, one open request per overlapping window per
 * player (the database has the last word), cancelled any time before it is matched.
 */
package dev.rallypoint.match.request;
