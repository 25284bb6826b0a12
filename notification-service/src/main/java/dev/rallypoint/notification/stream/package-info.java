/**
 * Live notifications over Server-Sent Events: streams held by any instance get every new notification of
 * their member through Redis pub/sub, with heartbeats and a replay of what a reconnecting stream missed.
 */
package dev.rallypoint.notification.stream;
