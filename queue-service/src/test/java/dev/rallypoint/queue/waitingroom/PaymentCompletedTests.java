package dev.rallypoint.queue.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.court.PaymentCompleted;
import dev.rallypoint.test.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import dev.rallypoint.common.identity.TokenRevocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A payer's admission ends at {@link PaymentCompleted}, once per event however often it is delivered. */
@SpringBootTest(properties = { "rallypoint.queue.worker.enabled=false", "rallypoint.queue.admission-lifetime=8s",
        "rallypoint.queue.waiter-timeout=10m" })
@Import(WaitingRoomTestConfiguration.class)
class PaymentCompletedTests {

    @Autowired
    WaitingRoom waitingRoom;

    @Autowired
    Gates gates;

    @Autowired
    AdmissionWorker worker;

    @Autowired
    TestClock clock;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    GateKeys keys;

    @Value("${rallypoint.redis.key-prefix}")
    String keyPrefix;

    final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void aPaymentEndsThePayersAdmissionOnceAndFreesThePlace() {
        GateId gate = new GateId("event-date-" + UUID.randomUUID());
        gates.create(gate, 1, 1, null);
        UUID payer = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        waitingRoom.join(gate, payer);
        waitingRoom.join(gate, next);
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.admit(gate).users()).containsExactly(payer);

        PaymentCompleted payment = new PaymentCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), payer,
                gate.value(), 4_000);
        send(payment);
        await().atMost(Duration.ofSeconds(30)).until(() -> gates.status(gate).active() == 0);
        assertThat(revokedBefore(gate, payer)).as("the gateway is told to refuse the payer's admission token")
                .isAfter(clock.instant());

        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.admit(gate).users()).containsExactly(next);

        // the payer queues and is admitted again; the same event delivered again must not end the new admission
        waitingRoom.join(gate, payer);
        send(new PaymentCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), next, gate.value(), 4_000));
        await().atMost(Duration.ofSeconds(30)).until(() -> gates.status(gate).active() == 0);
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.admit(gate).users()).containsExactly(payer);

        send(payment);
        // same key, same partition: once the marker is handled, the redelivery before it was too
        PaymentCompleted marker = new PaymentCompleted(UUID.randomUUID(), Instant.now(), payment.aggregateId(), UUID.randomUUID(),
                gate.value(), 1);
        send(marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(marker));
        assertThat(gates.status(gate).active()).isEqualTo(1);
    }

    @Test
    void leavingRevokesTheAdmissionTokenAtTheGateway() {
        GateId gate = new GateId("event-date-" + UUID.randomUUID());
        gates.create(gate, 1, 1, null);
        UUID user = UUID.randomUUID();
        Ticket ticket = waitingRoom.join(gate, user).ticket();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.admit(gate).users()).containsExactly(user);
        assertThat(redis.hasKey(TokenRevocation.ofAdmission(gate.value(), user, clock.instant()).key(keyPrefix))).isFalse();

        waitingRoom.leave(gate, user, ticket.token());

        assertThat(revokedBefore(gate, user)).isAfter(clock.instant());
        assertThat(redis.getExpire(TokenRevocation.ofAdmission(gate.value(), user, clock.instant()).key(keyPrefix)))
                .as("kept as long as an admission token lives").isPositive();
    }

    private Instant revokedBefore(GateId gate, UUID user) {
        String key = TokenRevocation.ofAdmission(gate.value(), user, clock.instant()).key(keyPrefix);
        return TokenRevocation.parse(keyPrefix, key, redis.opsForValue().get(key)).orElseThrow().revokedBefore();
    }

    private boolean processed(PaymentCompleted event) {
        return Boolean.TRUE.equals(redis.hasKey(keys.withEventMark(new GateId(event.gate()), event.eventId()).getLast()));
    }

    private void send(PaymentCompleted payment) {
        byte[] body = JsonMapper.builder().build().writeValueAsBytes(payment);
        producer.send(new ProducerRecord<>(IntegrationEvent.topicOf(PaymentCompleted.class), payment.aggregateId().toString(), body));
        producer.flush();
    }
}
