package dev.rallypoint.court.backoffice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the back office's jobs.
 *
 * @param schedule whether this instance starts the jobs on their schedule (off: by hand only)
 * @param noShowEvery how often the no-show job runs (its schedule slot)
 * @param completeEvery how often the completion job runs
 * @param archiveEvery how often the archive job runs
 * @param archiveAfter how long after their end finished reservations and their payments are archived
 * @param reportsEvery how often the reports job runs (nightly: a day)
 * @param chunk items per chunk (and page) of the chunked jobs
 */
@ConfigurationProperties("rallypoint.back-office")
record BackOfficeProperties(
        @DefaultValue("true") boolean schedule,
        @DefaultValue("5m") Duration noShowEvery,
        @DefaultValue("15m") Duration completeEvery,
        @DefaultValue("1d") Duration archiveEvery,
        @DefaultValue("400d") Duration archiveAfter,
        @DefaultValue("1d") Duration reportsEvery,
        @DefaultValue("500") int chunk) {
}
