/**
 * Benchmarks of the used-gear market: listing search on a seeded catalogue.
 */
package dev.rallypoint.load.market;
