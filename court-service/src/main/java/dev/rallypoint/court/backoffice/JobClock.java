package dev.rallypoint.court.backoffice;

import java.time.Instant;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.stereotype.Component;

/** The moment the running job judges by: its {@code at} parameter, the same in a restart. */
@Component
class JobClock {

    Instant at() {
        return Instant.parse(StepSynchronizationManager.getContext().getStepExecution().getJobParameters().getString("at"));
    }
}
