package dev.rallypoint.user.account;

import dev.rallypoint.support.scheduling.PeriodicTask;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Forgets e-mailed tokens a day after they expired. */
@Configuration(proxyBeanMethods = false)
class AccountHousekeeping {

    @Bean
    PeriodicTask emailTokenHousekeeping(EmailTokens tokens) {
        return new PeriodicTask("email-token-housekeeping", Duration.ofHours(1), tokens::purge);
    }
}
