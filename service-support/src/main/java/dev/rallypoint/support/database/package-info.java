/**
 * Creation of a service's own PostgreSQL database on first start.
 */
package dev.rallypoint.support.database;
