/**
 * Refuses to start a service whose signing or encryption secrets are missing, too short, or a value
 * that ever shipped in this repository.
 */
package dev.rallypoint.support.secrets;
