package dev.rallypoint.court.ticketing;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.test.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays user-service's wallet on the run's Kafka broker: reads what court-service asks of it and answers
 * the way the wallet's outbox would (JSON, keyed by the payment id).
 */
final class Wallet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Wallet() {
    }

    /** The first event of this type on its topic keyed by the aggregate, within a minute. */
    static <T extends IntegrationEvent> T awaitEvent(Class<T> type, UUID aggregateId) {
        return awaitEvent(type, event -> event.aggregateId().equals(aggregateId));
    }

    /** The first refund court-service asked for the member, within a minute. */
    static RefundRequested awaitRefund(UUID memberId) {
        return awaitEvent(RefundRequested.class, refund -> refund.userId().equals(memberId));
    }

    /** The first event of this type on its topic that matches, within a minute. */
    static <T extends IntegrationEvent> T awaitEvent(Class<T> type, Predicate<T> matching) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "wallet-double-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(IntegrationEvent.topicOf(type)));
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    T event = JSON.readValue(record.value(), type);
                    if (matching.test(event)) {
                        return event;
                    }
                }
            }
        }
        throw new AssertionError("No matching " + type.getSimpleName() + " within 60 s");
    }

    /** Sends an answer as the wallet would. */
    static void answer(IntegrationEvent event) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(IntegrationEvent.topicOf(event.getClass()), event.aggregateId().toString(),
                    JSON.writeValueAsString(event))).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
