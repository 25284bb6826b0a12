/**
 * RFC 9457 problem responses: the shared factory, and the mapping of framework and container errors.
 */
package dev.rallypoint.support.problem;
