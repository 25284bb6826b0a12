/**
 * Benchmarks of notifications: live streams held through the gateway and a fan-out reaching them.
 */
package dev.rallypoint.load.notifications;
