package dev.rallypoint.support.idempotency;

import dev.rallypoint.support.database.MigrationLocations;
import dev.rallypoint.support.problem.ProblemDetails;
import dev.rallypoint.support.scheduling.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The {@code Idempotency-Key} protocol of DESIGN.md for services with money-moving endpoints
 * ({@code rallypoint.idempotency.enabled=true}); endpoints opt in with {@link Idempotent}. Keys live
 * in the service's own database (table and migration included) for the retention time.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBooleanProperty("rallypoint.idempotency.enabled")
@ConditionalOnBean(JdbcClient.class)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    static final String MIGRATIONS = "classpath:rallypoint/db/idempotency";

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyKeys(jdbc, clock, properties);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter() {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter());
        registration.setOrder(0);
        return registration;
    }

    @Bean
    WebMvcConfigurer idempotencyInterceptor(IdempotencyKeys keys) {
        IdempotencyInterceptor interceptor = new IdempotencyInterceptor(keys);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }

    @Bean
    IdempotencyProblems idempotencyProblems(ProblemDetails problems) {
        return new IdempotencyProblems(problems);
    }

    @Bean
    FlywayConfigurationCustomizer idempotencyMigrations() {
        return MigrationLocations.including(MIGRATIONS);
    }

    @Bean
    PeriodicTask idempotencyKeyPurge(IdempotencyKeys keys) {
        return new PeriodicTask("idempotency-key-purge", Duration.ofHours(1), keys::purgeExpired);
    }
}
