/**
 * Notice service: platform notices by admins and club notices by each club's managers, Markdown rendered
 * to safe HTML, scheduled publishing, revisions, and members following clubs.
 */
package dev.rallypoint.notice;
