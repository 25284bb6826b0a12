/**
 * OpenAPI description conventions shared by every service.
 */
package dev.rallypoint.support.openapi;
