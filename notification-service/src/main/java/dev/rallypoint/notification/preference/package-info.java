/**
 * What each member wants to hear and where: channels per category, language, time zone, quiet hours.
 */
package dev.rallypoint.notification.preference;
