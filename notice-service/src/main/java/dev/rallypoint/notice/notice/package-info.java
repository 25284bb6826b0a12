/**
 * Notices: posted by admins (platform) and club managers (their club), read by anyone once published,
 * pinned first; Markdown rendered to sanitized HTML; edits keep revisions; publication announced once.
 */
package dev.rallypoint.notice.notice;
