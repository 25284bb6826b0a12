/**
 * How court-service's refusals are answered over HTTP: one advice that gives each its status and problem code.
 */
package dev.rallypoint.court.problem;
