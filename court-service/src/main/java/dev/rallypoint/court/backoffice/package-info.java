/**
 * The club's back office: check-in, no-shows and each member's reliability under the club's
 * attendance rule, the Spring Batch jobs that mark no-shows, complete and archive reservations and
 * build reports, and the report files managers and admins download.
 */
package dev.rallypoint.court.backoffice;
