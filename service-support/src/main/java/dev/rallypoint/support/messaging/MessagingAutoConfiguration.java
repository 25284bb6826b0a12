package dev.rallypoint.support.messaging;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.support.database.MigrationLocations;
import dev.rallypoint.support.scheduling.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The event conventions of DESIGN.md for every service with Spring Modulith's JPA event registry and
 * Kafka: every {@link IntegrationEvent} published in a transaction is stored with it (the outbox)
 * and externalized to its {@code @Topic}, keyed by aggregate id; what could not be sent is sent
 * again; consumers get idempotency ({@link ProcessedEvents}) and bounded retries before a record goes
 * to the dead-letter topic ({@code <topic>-dlt}). The two tables come with their Flyway migrations.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration" })
@ConditionalOnClass({ EventExternalizationConfiguration.class, KafkaTemplate.class, IncompleteEventPublications.class })
@ConditionalOnBean(JdbcClient.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    static final String MIGRATIONS = "classpath:rallypoint/db/messaging";

    @Bean
    EventExternalizationConfiguration integrationEventsToTheirTopics() {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(IntegrationEvent.class)
                .routeAll(event -> RoutingTarget.forTarget(IntegrationEvent.topicOf(((IntegrationEvent) event).getClass()))
                        .andKey(((IntegrationEvent) event).aggregateId().toString()))
                .build();
    }

    @Bean
    FlywayConfigurationCustomizer messagingMigrations() {
        return MigrationLocations.including(MIGRATIONS);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        return new ProcessedEvents(jdbc, transactions, clock);
    }

    /**
     * Consumers poll on platform threads even where requests run on virtual ones. On the virtual
     * threads' few carriers a consumer waits behind every request that is ready to run, once per
     * database round trip: under load the saga's answers fell seconds behind while the requests
     * were served. The operating system shares the cores between a few platform threads fairly.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> consumersOnPlatformThreads() {
        SimpleAsyncTaskExecutor platformThreads = new SimpleAsyncTaskExecutor("kafka-");
        return container -> container.getContainerProperties().setListenerTaskExecutor(platformThreads);
    }

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<?, ?> template, MessagingProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template);
        return new DefaultErrorHandler(deadLetters,
                new FixedBackOff(properties.retryBackoff().toMillis(), properties.deliveryAttempts() - 1L));
    }

    /** Sends again what did not reach the broker; a resubmission may deliver twice, consumers are idempotent. */
    @Bean
    PeriodicTask outboxResubmission(IncompleteEventPublications incomplete, MessagingProperties properties) {
        return new PeriodicTask("outbox-resubmission", properties.resubmitEvery(),
                () -> incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter()));
    }

    /** Forgets completed publications and processed-event marks after the retention time. */
    @Bean
    PeriodicTask outboxPurge(CompletedEventPublications completed, ProcessedEvents processed, MessagingProperties properties) {
        return new PeriodicTask("outbox-purge", Duration.ofHours(1), () -> {
            completed.deletePublicationsOlderThan(properties.keepCompleted());
            processed.forget(properties.keepCompleted());
        });
    }
}
