/**
 * Access tokens and who is calling: the resource-server configuration every service shares.
 */
package dev.rallypoint.support.security;
