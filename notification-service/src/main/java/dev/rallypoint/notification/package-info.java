/**
 * Notification service: turns the platform's events into notifications for the people they concern,
 * once each, in an in-app inbox, over Server-Sent Events, by e-mail, SMS and push, per preferences.
 */
package dev.rallypoint.notification;
