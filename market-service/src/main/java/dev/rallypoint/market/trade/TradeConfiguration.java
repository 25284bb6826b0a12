package dev.rallypoint.market.trade;

import dev.rallypoint.support.scheduling.PeriodicTask;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TradeConfiguration.TradeProperties.class)
class TradeConfiguration {

    /** Handed-over trades confirm themselves after their deadline, by whichever instance gets there first. */
    @Bean
    PeriodicTask tradeAutoConfirmation(Trades trades, TradeProperties properties) {
        return new PeriodicTask("trade-auto-confirmation", properties.confirmationSweep(),
                () -> trades.confirmDue(properties.confirmationBatch()));
    }

    /**
     * @param confirmWithin how long a buyer has to confirm receipt (or dispute) after the hand-over
     * @param confirmationSweep how often an instance confirms the trades whose deadline passed
     * @param confirmationBatch trades confirmed per transaction
     * @param lockLease how long a listing's reservation lock lives at most if its holder dies
     */
    @ConfigurationProperties("rallypoint.market.trade")
    record TradeProperties(@DefaultValue("7d") Duration confirmWithin, @DefaultValue("1m") Duration confirmationSweep,
            @DefaultValue("100") int confirmationBatch, @DefaultValue("5s") Duration lockLease) {
    }
}
