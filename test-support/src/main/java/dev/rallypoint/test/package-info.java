/**
 * Test infrastructure shared by every service: real PostgreSQL, Redis and Kafka, isolated per run.
 */
package dev.rallypoint.test;
