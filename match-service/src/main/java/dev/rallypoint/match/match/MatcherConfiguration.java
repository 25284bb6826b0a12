package dev.rallypoint.match.match;

import dev.rallypoint.match.matching.MatchingProperties;
import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatcherConfiguration {

    /** The matcher runs continuously on every instance; rounds of different instances do not collide. */
    @Bean
    PeriodicTask continuousMatching(Matcher matcher, MatchingProperties properties) {
        return new PeriodicTask("matcher", properties.every(), matcher::runOnce);
    }
}
