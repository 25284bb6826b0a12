package dev.rallypoint.match.match;

import dev.rallypoint.match.matching.MatchingProperties;
import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SplitPaymentProperties.class)
class ConfirmationConfiguration {

    /** Matches not confirmed in time are cancelled on every instance's sweep; sweeps of instances do not collide. */
    @Bean
    PeriodicTask confirmationDeadlines(Matches matches, MatchingProperties properties) {
        return new PeriodicTask("match-confirmation-deadlines", properties.confirmationSweep(), matches::timeOutOverdue);
    }

    /** Split payments without answers by their due time are settled on every instance's sweep. */
    @Bean
    PeriodicTask splitPaymentDeadlines(SplitPayments splits, SplitPaymentProperties properties) {
        return new PeriodicTask("match-payment-deadlines", properties.sweep(), splits::settleOverdue);
    }
}
