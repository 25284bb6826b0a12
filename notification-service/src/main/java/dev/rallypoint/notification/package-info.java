/**
 * Notification service: in-app inbox, real-time push, e-mail and preferences.
 */
package dev.rallypoint.notification;
