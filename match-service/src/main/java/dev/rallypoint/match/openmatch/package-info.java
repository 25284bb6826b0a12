/**
 * Open matches: a court the publisher already holds, offered to other players until its places are taken.
 */
package dev.rallypoint.match.openmatch;
