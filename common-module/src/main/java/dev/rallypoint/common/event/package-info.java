/**
 * Conventions every cross-service event contract follows: identity, time, key and topic.
 */
package dev.rallypoint.common.event;
