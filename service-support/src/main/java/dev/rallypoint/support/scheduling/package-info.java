/**
 * Background housekeeping tied to the application's lifecycle.
 */
package dev.rallypoint.support.scheduling;
