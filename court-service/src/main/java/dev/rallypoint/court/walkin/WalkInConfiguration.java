package dev.rallypoint.court.walkin;

import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WalkInProperties.class)
class WalkInConfiguration {

    @Bean
    PeriodicTask walkInAnswerDeadlines(WalkIns walkIns, WalkInProperties properties) {
        return new PeriodicTask("walk-in-deadlines", properties.sweepEvery(), walkIns::sweepUnanswered);
    }
}
