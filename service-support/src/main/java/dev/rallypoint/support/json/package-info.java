/**
 * Strict JSON for every service: a value of the wrong JSON type is a 400, never converted.
 */
package dev.rallypoint.support.json;
