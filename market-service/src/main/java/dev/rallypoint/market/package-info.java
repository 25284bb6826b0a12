/**
 * Market service: used-gear listings and trades with point escrow.
 */
package dev.rallypoint.market;
