package dev.rallypoint.notification;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.user.UserRegistered;
import dev.rallypoint.common.identity.Role;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestKafka;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays the other services on the run's Kafka broker: publishes their events as their outboxes would (JSON, keyed by aggregate). */
public final class Broker {

    private static final KafkaProducer<String, byte[]> PRODUCER = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringSerializer(),
            new ByteArraySerializer());

    private Broker() {
    }

    public static void publish(IntegrationEvent event) {
        send(IntegrationEvent.topicOf(event.getClass()), event.aggregateId().toString(), Api.JSON.writeValueAsBytes(event));
    }

    public static void send(String topic, String key, byte[] value) {
        try {
            PRODUCER.send(new ProducerRecord<>(topic, key, value)).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A member known to the directory, with an e-mail address of its own. */
    public static UUID registered(String email, Role... roles) {
        UUID id = UUID.randomUUID();
        publish(new UserRegistered(UUID.randomUUID(), Instant.now(), id, email, "player-" + id.toString().substring(0, 6),
                roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles)));
        return id;
    }
}
