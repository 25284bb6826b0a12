/**
 * Facts market-service publishes: listings whose price dropped, and the steps of trades whose points
 * the wallet holds in escrow.
 */
package dev.rallypoint.common.event.market;
