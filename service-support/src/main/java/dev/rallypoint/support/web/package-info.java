/**
 * Servlet filters every service runs first: request ids and body size limits.
 */
package dev.rallypoint.support.web;
