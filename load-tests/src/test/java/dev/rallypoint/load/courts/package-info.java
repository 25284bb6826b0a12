/**
 * Benchmarks of court reservations through the gateway: availability reads, holds on distinct
 * slots, and one slot raced by a thousand members.
 */
package dev.rallypoint.load.courts;
