/**
 * Platform-wide configuration defaults applied beneath each service's own configuration.
 */
package dev.rallypoint.support.defaults;
