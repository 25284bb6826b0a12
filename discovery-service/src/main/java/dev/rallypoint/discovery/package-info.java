/**
 * Discovery service: the Eureka registry of every RallyPoint service instance.
 */
package dev.rallypoint.discovery;
