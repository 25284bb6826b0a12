/**
 * Notice service: platform notices and club notices.
 */
package dev.rallypoint.notice;
