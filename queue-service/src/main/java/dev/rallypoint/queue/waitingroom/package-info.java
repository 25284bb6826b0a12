/**
 * The virtual waiting room: gates in front of high-demand sales, queue tokens with positions,
 * admission at a gate's rate up to its active limit, and the signed admission tokens the gateway checks.
 */
package dev.rallypoint.queue.waitingroom;
