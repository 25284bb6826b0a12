package dev.rallypoint.user.wallet;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.test.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Plays court-service on the run's Kafka broker: sends saga messages the way its outbox would (JSON,
 * keyed by aggregate id) and reads the wallet's answers.
 */
final class SagaBroker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SagaBroker() {
    }

    static void send(IntegrationEvent event) {
        sendRaw(IntegrationEvent.topicOf(event.getClass()), event.aggregateId().toString(), JSON.writeValueAsString(event));
    }

    static void sendRaw(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Waits for {@code count} answers of this type keyed by the aggregate, and returns all of them seen. */
    static <T extends IntegrationEvent> List<T> awaitAnswers(Class<T> type, UUID aggregateId, int count) {
        List<T> answers = new ArrayList<>();
        readUntil(IntegrationEvent.topicOf(type), record -> {
            if (record.key().equals(aggregateId.toString())) {
                answers.add(JSON.readValue(record.value(), type));
            }
            return answers.size() >= count;
        });
        return answers;
    }

    static <T extends IntegrationEvent> T awaitAnswer(Class<T> type, UUID aggregateId) {
        return awaitAnswers(type, aggregateId, 1).getFirst();
    }

    /** Every answer of this type keyed by the aggregate that is on the topic now. */
    static <T extends IntegrationEvent> List<T> answersNow(Class<T> type, UUID aggregateId) {
        List<T> answers = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(IntegrationEvent.topicOf(type)));
            Instant quiet = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(quiet)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.key() != null && record.key().equals(aggregateId.toString())) {
                        answers.add(JSON.readValue(record.value(), type));
                    }
                }
            }
        }
        return answers;
    }

    static List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<ConsumerRecord<String, String>> done) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    records.add(record);
                    if (record.key() != null && done.test(record)) {
                        return records;
                    }
                }
            }
        }
        throw new AssertionError("Not seen on " + topic + " within 60 s; saw " + records.size() + " records");
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "saga-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
    }
}
