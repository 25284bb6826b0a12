package dev.rallypoint.match.matching;

import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingProperties.class)
class MatchingConfiguration {

    /** The matcher runs continuously on every instance; rounds of different instances do not collide. */
    @Bean
    PeriodicTask continuousMatching(Matcher matcher, MatchingProperties properties) {
        return new PeriodicTask("matcher", properties.every(), matcher::runOnce);
    }
}
