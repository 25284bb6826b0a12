package dev.rallypoint.court.backoffice;

import dev.rallypoint.support.scheduling.PeriodicTask;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each instance ticks several times per slot and asks for the slot's run; the job repository lets one
 * through. A tick is a fifth of the slot, at least a second and at most an hour.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "rallypoint.back-office.schedule", matchIfMissing = true)
class BackOfficeSchedule {

    @Bean
    PeriodicTask noShowTick(JobSchedule schedule, BackOfficeProperties properties) {
        return tick(schedule, BackOfficeJobs.NO_SHOW, properties.noShowEvery());
    }

    @Bean
    PeriodicTask completePastTick(JobSchedule schedule, BackOfficeProperties properties) {
        return tick(schedule, BackOfficeJobs.COMPLETE_PAST, properties.completeEvery());
    }

    @Bean
    PeriodicTask archiveTick(JobSchedule schedule, BackOfficeProperties properties) {
        return tick(schedule, BackOfficeJobs.ARCHIVE, properties.archiveEvery());
    }

    @Bean
    PeriodicTask reportsTick(JobSchedule schedule, BackOfficeProperties properties) {
        return tick(schedule, BackOfficeJobs.REPORTS, properties.reportsEvery());
    }

    private static PeriodicTask tick(JobSchedule schedule, String job, Duration every) {
        Duration tick = every.dividedBy(5);
        tick = tick.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : tick;
        tick = tick.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : tick;
        return new PeriodicTask("job-" + job, tick, () -> schedule.runSlot(job, every));
    }
}
