/**
 * From the platform's events to notifications: one listener per consumed topic, one small mapping per
 * event type that says who is told what.
 */
package dev.rallypoint.notification.events;
