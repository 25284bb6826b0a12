package dev.rallypoint.court.ticketing;

import dev.rallypoint.support.scheduling.PeriodicTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TicketingProperties.class)
class TicketingConfiguration {

    @Bean
    PeriodicTask seatHoldExpirySweep(SeatExpiry expiry, TicketingProperties properties) {
        return new PeriodicTask("seat-hold-expiry", properties.expiry().every(), expiry::sweep);
    }

    @Bean
    PeriodicTask cancelledDateSettlement(EventCancellation cancellation, TicketingProperties properties) {
        return new PeriodicTask("cancelled-date-settlement", properties.cancellation().sweepEvery(),
                cancellation::settleUnsettled);
    }

    @Bean
    PeriodicTask canceledSeatReopening(SeatReopening reopening, TicketingProperties properties) {
        return new PeriodicTask("canceled-seat-reopening", properties.reopening().checkEvery(), reopening::runDue);
    }
}
