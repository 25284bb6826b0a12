/**
 * The matcher: the pure algorithm that forms 2- and 4-player matches from open requests
 * ({@link dev.rallypoint.match.matching.Matchmaker}), and the runner that applies it to the open requests
 * of the database on any number of instances.
 */
package dev.rallypoint.match.matching;
