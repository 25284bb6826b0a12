/**
 * External channels: e-mail, SMS and push messages queued with their notification and sent by a worker,
 * each channel on its own, with retries and exponential backoff, quiet hours respected.
 */
package dev.rallypoint.notification.delivery;
