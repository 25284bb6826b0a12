/**
 * The matching algorithm: the pure {@link dev.rallypoint.match.matching.Matchmaker} that forms 2- and 4-player
 * proposals from open requests, its vocabulary (game types, windows, candidates, proposals) and settings; it
 * depends on no other feature, and the matcher's rounds in {@code match} apply it to the database.
 */
package dev.rallypoint.match.matching;
