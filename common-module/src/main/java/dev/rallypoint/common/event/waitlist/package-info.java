/**
 * Facts court-service's waitlist publishes: offers of freed slots to the first waiter, and how they ended.
 */
package dev.rallypoint.common.event.waitlist;
