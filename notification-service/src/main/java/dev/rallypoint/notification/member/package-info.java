/**
 * The member directory: who can be notified and at which e-mail address, kept from user-service's events.
 */
package dev.rallypoint.notification.member;
