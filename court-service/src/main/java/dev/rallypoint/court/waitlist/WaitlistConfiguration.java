package dev.rallypoint.court.waitlist;

import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WaitlistProperties.class)
class WaitlistConfiguration {

    @Bean
    PeriodicTask waitlistExpirySweep(Waitlist waitlist, WaitlistProperties properties) {
        return new PeriodicTask("waitlist-expiry", properties.expireEvery(), waitlist::expireStarted);
    }

    @Bean
    PeriodicTask waitlistOffers(Offers offers, WaitlistProperties properties) {
        return new PeriodicTask("waitlist-offers", properties.offerEvery(), offers::offerFreed);
    }
}
