/**
 * The single source of time for a service.
 */
package dev.rallypoint.support.clock;
