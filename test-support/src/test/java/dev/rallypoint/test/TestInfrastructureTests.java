package dev.rallypoint.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TestInfrastructureTests {

    @Test
    void createsAnEmptyDatabaseOfItsOwnForTheRun() throws Exception {
        TestDatabase database = TestDatabase.get();

        assertThat(database.name()).startsWith("rptest_").contains("_testsupport_");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT current_database(), count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(database.name());
            assertThat(result.getInt(2)).isZero();
        }
    }

    @Test
    void deletesOnlyTheKeysOfTheRun() {
        TestRedis redis = TestRedis.get();
        RedisClient client = RedisClient.create("redis://" + redis.host() + ":" + redis.port());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set(redis.keyPrefix() + "a", "1");
            connection.sync().set("rptest:someone-else:a", "1");

            redis.deleteKeys();

            assertThat(connection.sync().exists(redis.keyPrefix() + "a")).isZero();
            assertThat(connection.sync().exists("rptest:someone-else:a")).isOne();
            connection.sync().del("rptest:someone-else:a");
        }
        finally {
            client.shutdown();
        }
    }

    @Test
    void runsARealKafkaBroker() {
        String servers = TestKafka.bootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                        ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-test",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            producer.send(new ProducerRecord<>("infrastructure.test", "key", "hello")).get();
            consumer.subscribe(List.of("infrastructure.test"));

            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            for (int attempt = 0; attempt < 20 && records.isEmpty(); attempt++) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            assertThat(records).extracting(record -> record.key() + "=" + record.value()).containsExactly("key=hello");
        }
        catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }
}
