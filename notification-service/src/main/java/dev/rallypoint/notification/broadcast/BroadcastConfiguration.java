package dev.rallypoint.notification.broadcast;

import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BroadcastProperties.class)
class BroadcastConfiguration {

    @Bean
    PeriodicTask openBroadcasts(Broadcasts broadcasts, BroadcastProperties properties) {
        return new PeriodicTask("notification-broadcasts", properties.sweepEvery(), broadcasts::runOpen);
    }
}
