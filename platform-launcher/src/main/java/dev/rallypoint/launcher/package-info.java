/**
 * Local infrastructure for running the platform, and its tests, on one machine without Docker.
 */
package dev.rallypoint.launcher;
