/**
 * Notifications for many members at once (an admin's announcement, a published notice): fanned out in
 * batches that resume after a restart without writing anything twice.
 */
package dev.rallypoint.notification.broadcast;
