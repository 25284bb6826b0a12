package dev.rallypoint.market.trade;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.test.TestKafka;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Plays the wallet on the run's Kafka broker: sends its escrow answers the way its outbox would. */
final class WalletBroker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WalletBroker() {
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
}
