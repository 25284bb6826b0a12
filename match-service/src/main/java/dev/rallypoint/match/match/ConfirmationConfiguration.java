package dev.rallypoint.match.match;

import dev.rallypoint.match.matching.MatchingProperties;
import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConfirmationConfiguration {

    /** Matches not confirmed in time are cancelled on every instance's sweep; sweeps of instances do not collide. */
    @Bean
    PeriodicTask confirmationDeadlines(Matches matches, MatchingProperties properties) {
        return new PeriodicTask("match-confirmation-deadlines", properties.confirmationSweep(), matches::timeOutOverdue);
    }
}
