/**
 * Identifier generation shared by every service.
 */
package dev.rallypoint.common.id;
