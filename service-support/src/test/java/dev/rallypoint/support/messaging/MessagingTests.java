package dev.rallypoint.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import dev.rallypoint.test.TestKafka;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox and the consumer conventions against a real PostgreSQL and a real Kafka broker,
 * including a broker outage.
 */
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "rallypoint.messaging.resubmit-every=1s",
        "rallypoint.messaging.resubmit-after=1s",
        "rallypoint.messaging.retry-backoff=100ms",
        "spring.kafka.consumer.properties.metadata.max.age.ms=1000" })
class MessagingTests {

    static final String TOPIC = "test.thing-created";

    @Autowired
    Things things;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    ThingCreatedConsumer consumer;

    @Test
    void publishesTheEventWithTheStateChangeKeyedByAggregate() {
        UUID id = things.create("racket");

        List<ConsumerRecord<String, String>> records = readUntil(TOPIC, record -> record.key().equals(id.toString()));

        assertThat(records).anySatisfy(record -> {
            assertThat(record.key()).isEqualTo(id.toString());
            assertThat(record.value()).contains("\"aggregateId\":\"" + id + "\"").contains("\"eventId\"");
        });
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublications() == 0);
    }

    @Test
    void publishesNothingWhenTheTransactionRollsBack() {
        assertThatThrownBy(() -> things.createAndFail("ghost")).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM thing WHERE name = 'ghost'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE '%ghost%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void losesNothingWhileKafkaIsDownAndPublishesWhenItReturns() {
        TestKafka.stop();
        Set<String> created = new HashSet<>();
        try {
            for (int i = 0; i < 20; i++) {
                created.add(things.create("during-outage-" + i).toString());
            }
            assertThat(incompletePublications()).isGreaterThanOrEqualTo(20);
        }
        finally {
            TestKafka.start();
        }

        Set<String> seen = new HashSet<>();
        readUntil(TOPIC, record -> {
            seen.add(record.key());
            return seen.containsAll(created);
        });
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications() == 0);
    }

    @Test
    void handlesAnEventOnceHoweverOftenItIsDelivered() throws Exception {
        UUID id = things.create("twice");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> handled(id) == 1);
        String delivered = readUntil(TOPIC, record -> record.key().equals(id.toString())).stream()
                .filter(record -> record.key().equals(id.toString())).findFirst().orElseThrow().value();

        send(TOPIC, id.toString(), delivered);
        send(TOPIC, id.toString(), delivered);
        UUID next = things.create("after-redelivery");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> handled(next) == 1);

        assertThat(handled(id)).isEqualTo(1);
    }

    @Test
    void consumesOnPlatformThreadsWhileRequestsRunOnVirtualOnes() {
        UUID id = things.create("threads");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> handled(id) == 1);

        assertThat(environment.getProperty("spring.threads.virtual.enabled", Boolean.class)).isTrue();
        assertThat(consumer.lastThread).isNotNull().satisfies(thread -> assertThat(thread.isVirtual()).isFalse());
    }

    @Test
    void sendsAPoisonMessageToTheDeadLetterTopicAndGoesOn() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        send(TOPIC, poisonKey, "{this is not json");
        UUID after = things.create("after-poison");

        List<ConsumerRecord<String, String>> dead = readUntil(TOPIC + "-dlt", record -> record.key().equals(poisonKey));
        assertThat(dead).anySatisfy(record -> assertThat(record.value()).isEqualTo("{this is not json"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> handled(after) == 1);
    }

    private long incompletePublications() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
    }

    private long handled(UUID thingId) {
        return jdbc.sql("SELECT count(*) FROM handled_thing WHERE thing_id = ?").param(thingId).query(Long.class).single();
    }

    private void send(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> readUntil(String topic,
            java.util.function.Predicate<ConsumerRecord<String, String>> done) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record);
                    if (done.test(record)) {
                        return records;
                    }
                }
            }
        }
        throw new AssertionError("Not seen on " + topic + " within 60 s; saw " + records.size() + " records");
    }

    @SpringBootApplication
    @EnableJpaRepositories(considerNestedRepositories = true)
    @Import({ Things.class, ThingCreatedConsumer.class })
    static class TestApplication {
    }

    @Topic(TOPIC)
    record ThingCreated(UUID eventId, Instant occurredAt, UUID aggregateId, String name) implements IntegrationEvent {
    }

    @Entity
    @Table(name = "thing")
    static class Thing {

        @Id
        UUID id;

        String name;

        protected Thing() {
        }

        Thing(UUID id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    interface ThingRepository extends JpaRepository<Thing, UUID> {
    }

    @Service
    static class Things {

        private final ThingRepository repository;

        private final ApplicationEventPublisher events;

        Things(ThingRepository repository, ApplicationEventPublisher events) {
            this.repository = repository;
            this.events = events;
        }

        @Transactional
        UUID create(String name) {
            UUID id = UUID.randomUUID();
            repository.save(new Thing(id, name));
            events.publishEvent(new ThingCreated(UUID.randomUUID(), Instant.now(), id, name));
            return id;
        }

        @Transactional
        void createAndFail(String name) {
            create(name);
            throw new IllegalStateException("rolled back");
        }
    }

    @Component
    static class ThingCreatedConsumer {

        private final ProcessedEvents processed;

        private final JdbcClient jdbc;

        volatile Thread lastThread;

        ThingCreatedConsumer(ProcessedEvents processed, JdbcClient jdbc) {
            this.processed = processed;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = TOPIC, groupId = "thing-consumer")
        void on(ThingCreated event) {
            lastThread = Thread.currentThread();
            processed.once(event, "test.thing-created", () -> jdbc.sql("INSERT INTO handled_thing VALUES (?, ?)")
                    .params(event.eventId(), event.aggregateId())
                    .update());
        }
    }
}
