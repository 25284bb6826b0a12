/**
 * Facts notice-service publishes: notices that became visible, and which clubs members follow.
 */
package dev.rallypoint.common.event.notice;
