/**
 * Club tournaments: single-elimination brackets seeded by rating, advanced by the results the manager enters.
 */
package dev.rallypoint.match.tournament;
