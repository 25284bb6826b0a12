/**
 * Benchmarks of the waiting room through the gateway: joins, position polls and a join spike.
 */
package dev.rallypoint.load.queue;
