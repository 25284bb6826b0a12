/**
 * The in-app inbox: every notification of a member, created once per source and recipient, written in
 * the member's language, handed on to the external channels and the live streams.
 */
package dev.rallypoint.notification.inbox;
