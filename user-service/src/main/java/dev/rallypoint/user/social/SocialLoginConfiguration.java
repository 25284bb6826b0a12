package dev.rallypoint.user.social;

import dev.rallypoint.support.scheduling.PeriodicTask;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialProperties.class)
class SocialLoginConfiguration {

    @Bean
    PeriodicTask socialLoginHousekeeping(SocialLogins logins) {
        return new PeriodicTask("social-login-housekeeping", Duration.ofMinutes(10), logins::purge);
    }
}
