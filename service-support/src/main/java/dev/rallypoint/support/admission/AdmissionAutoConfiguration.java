package dev.rallypoint.support.admission;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The admission bound and the caller's deadline for servlet services, right after request ids and
 * size limits and ahead of security: a refused request costs no token check and no database connection.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnProperty(name = "rallypoint.admission.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AdmissionProperties.class)
@Import(AdmissionProblems.class)
public class AdmissionAutoConfiguration {

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(AdmissionProperties properties) {
        // deadlines are wall-clock instants set by the gateway, not the service's (testable) business clock
        FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(new AdmissionFilter(properties,
                Clock.systemUTC()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
