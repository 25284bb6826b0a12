package dev.rallypoint.court.reservation;

import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReservationProperties.class)
class ReservationConfiguration {

    @Bean
    PeriodicTask reservationExpirySweep(ReservationExpiry expiry, ReservationProperties properties) {
        return new PeriodicTask("reservation-expiry", properties.expiry().every(), expiry::sweep);
    }
}
