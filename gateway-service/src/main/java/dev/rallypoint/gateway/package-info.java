/**
 * Gateway service: the single public entry that routes every API call to the service that owns it.
 */
package dev.rallypoint.gateway;
