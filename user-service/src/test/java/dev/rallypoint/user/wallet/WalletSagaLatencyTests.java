package dev.rallypoint.user.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.test.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long the wallet takes to answer a payment request at a steady rate: from the request reaching
 * the broker to the answer being readable on {@code user.payment-succeeded} (consume, debit, commit,
 * outbox externalization). A measurement, so it runs only when asked for
 * ({@code -Dwallet.benchmark=true}): it logs p50/p99 and holds the wallet's step to a bound.
 */
@WalletIntegrationTest
@EnabledIfSystemProperty(named = "wallet.benchmark", matches = "true")
class WalletSagaLatencyTests {

    private static final Logger log = LoggerFactory.getLogger(WalletSagaLatencyTests.class);

    static final int PAYMENTS = 300;

    static final int PER_SECOND = Integer.getInteger("wallet.benchmark.rate", 100);

    static final int PAYERS = 30;

    static final int WARM_UP = 300;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Wallets wallets;

    @Test
    void answersPaymentRequestsAtASteadyRateWithinASecondAtP99() throws Exception {
        List<UUID> payers = new ArrayList<>();
        for (int i = 0; i < PAYERS; i++) {
            UUID payer = UUID.randomUUID();
            wallets.charge(payer, Points.amount(PAYMENTS * 10L));
            payers.add(payer);
        }
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> answered = new ConcurrentHashMap<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = Thread.ofPlatform().start(() -> read(sent, answered, reading));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer())) {
            warmUp(producer);
            long interval = 1_000_000_000L / PER_SECOND;
            long next = System.nanoTime();
            for (int i = 0; i < PAYMENTS; i++) {
                PaymentRequested request = new PaymentRequested(UUID.randomUUID(), Instant.now(),  UUID.randomUUID(),
                        payers.get(i % PAYERS), 10, "court-reservation/" + UUID.randomUUID());
                String key = request.aggregateId().toString();
                sent.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(IntegrationEvent.topicOf(PaymentRequested.class), key,
                        JSON.writeValueAsString(request)));
                next += interval;
                long pause = next - System.nanoTime();
                if (pause > 0) {
                    Thread.sleep(Duration.ofNanos(pause));
                }
            }
            producer.flush();
            Instant deadline = Instant.now().plusSeconds(60);
            while (answered.size() < PAYMENTS && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
        }
        finally {
            reading.set(false);
            reader.join();
        }

        assertThat(answered).hasSize(PAYMENTS);
        List<Long> millis = new ArrayList<>(answered.entrySet().stream()
                .map(answer -> (answer.getValue() - sent.get(answer.getKey())) / 1_000_000).toList());
        millis.sort(null);
        long p50 = millis.get(millis.size() / 2);
        long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
        log.info("Wallet answered {} payment requests sent at {}/s: p50 {} ms, p99 {} ms, max {} ms", PAYMENTS, PER_SECOND,
                p50, p99, millis.getLast());
        assertThat(p99).isLessThan(1000);
        assertThat(payers.stream().mapToLong(payer -> new WalletApi(port, jdbc).balance(payer)).sum())
                .isEqualTo(PAYERS * PAYMENTS * 10L - PAYMENTS * 10L);
    }

    /** Declined requests answered end to end first, so topics, group assignment and code paths are warm. */
    private void warmUp(KafkaProducer<String, String> producer) throws Exception {
        PaymentRequested last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = new PaymentRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(), 1, "warm-up");
            producer.send(new ProducerRecord<>(IntegrationEvent.topicOf(PaymentRequested.class),
                    last.aggregateId().toString(), JSON.writeValueAsString(last)));
        }
        SagaBroker.awaitAnswers(PaymentFailed.class, last.aggregateId(), 1);
    }

    private static void read(Map<String, Long> sent, Map<String, Long> answered, AtomicBoolean reading) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "latency-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(IntegrationEvent.topicOf(PaymentSucceeded.class)));
            while (reading.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                    long now = System.nanoTime();
                    if (record.key() != null && sent.containsKey(record.key())) {
                        answered.putIfAbsent(record.key(), now);
                    }
                }
            }
        }
    }
}
