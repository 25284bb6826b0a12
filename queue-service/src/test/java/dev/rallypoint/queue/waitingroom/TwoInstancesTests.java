package dev.rallypoint.queue.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.queue.QueueServiceApplication;
import dev.rallypoint.test.TestRedis;
import dev.rallypoint.test.TestSecrets;
import dev.rallypoint.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two queue-service applications, each running its own admission worker every 10 ms on the real
 * clock against the same Redis: together they admit every waiter once, in queue order, at the
 * gate's rate, and both take part.
 */
class TwoInstancesTests {

    static final int USERS = 2_000;

    static final double RATE = 250;

    static ConfigurableApplicationContext first;

    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stopInstances() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
            if (context != null) {
                context.close();
            }
        }
    }

    static ConfigurableApplicationContext instance() {
        TestRedis redis = TestRedis.get();
        return new SpringApplicationBuilder(QueueServiceApplication.class).run(
                "--server.port=0",
                "--spring.data.redis.host=" + redis.host(),
                "--spring.data.redis.port=" + redis.port(),
                // a prefix of their own inside the run's: their workers see no other test's gates
                "--rallypoint.redis.key-prefix=" + redis.keyPrefix() + "two-instances:",
                "--rallypoint.security.jwk-set-uri=" + TestTokens.jwkSetUri(),
                // the first instance's admission secret (this run's value): tokens of either verify on both
                "--ADMISSION_TOKEN_SECRET=" + TestSecrets.get("ADMISSION_TOKEN_SECRET"),
                "--spring.kafka.listener.auto-startup=false",
                "--eureka.client.enabled=false",
                "--rallypoint.queue.worker.interval=10ms",
                "--rallypoint.queue.waiter-timeout=10m");
    }

    @Test
    void admitEveryWaiterOnceInQueueOrderAtTheGatesRate() throws InterruptedException {
        Gates gates = first.getBean(Gates.class);
        WaitingRoom waitingRoom = first.getBean(WaitingRoom.class);
        StringRedisTemplate redis = first.getBean(StringRedisTemplate.class);
        GateKeys keys = first.getBean(GateKeys.class);
        GateId gate = new GateId("two-" + UUID.randomUUID());
        gates.create(gate, RATE, USERS, null);
        gates.pause(gate);
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, USERS).mapToObj(i -> CompletableFuture.runAsync(() -> waitingRoom.join(gate, UUID.randomUUID()), threads))
                    .toList().forEach(CompletableFuture::join);
        }
        List<String> queue = redis.opsForZSet().range(keys.of(gate).get(1), 0, -1).stream().toList();
        double before = admissions(first) + admissions(second);

        long opened = System.nanoTime();
        long openedAt = System.currentTimeMillis();
        gates.open(gate);
        long halfway = 0;
        while (gates.status(gate).admitted() < USERS) {
            // whoever is admitted, everyone queued before them is admitted too
            List<String> waiting = redis.opsForZSet().range(keys.of(gate).get(1), 0, -1).stream().toList();
            assertThat(queue).endsWith(waiting.toArray(String[]::new));
            if (halfway == 0 && gates.status(gate).admitted() >= USERS / 2) {
                halfway = System.nanoTime() - opened;
            }
            assertThat(Duration.ofNanos(System.nanoTime() - opened)).isLessThan(Duration.ofSeconds(60));
            Thread.sleep(20);
        }
        // the last admission's time, from Redis: its admission end minus the admission lifetime
        long lifetime = first.getBean(WaitingRoomProperties.class).admissionLifetime().toMillis();
        double lastAdmission = redis.opsForZSet().reverseRangeWithScores(keys.of(gate).get(4), 0, 0).iterator().next().getScore()
                - lifetime;
        long elapsed = (long) ((lastAdmission - openedAt) * 1_000_000);

        Gates.GateStatus status = gates.status(gate);
        assertThat(status.admitted()).isEqualTo(USERS);
        assertThat(status.active()).isEqualTo(USERS);
        assertThat(status.waiting()).isZero();
        double byFirst = admissions(first);
        double bySecond = admissions(second);
        assertThat(byFirst + bySecond - before).isEqualTo(USERS);
        assertThat(byFirst).isPositive();
        assertThat(bySecond).isPositive();
        double achieved = USERS / (elapsed / 1e9);
        System.out.printf("two instances: %d admitted in %.2f s (%.1f/s, target %.0f/s; half in %.2f s), %.0f by one, %.0f by the other%n",
                USERS, elapsed / 1e9, achieved, RATE, halfway / 1e9, byFirst, bySecond);
        // real time, measured from the open call to the last admission round as Redis recorded it
        assertThat(achieved).isBetween(RATE * 0.98, RATE * 1.02);
    }

    private static double admissions(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class).counter("rallypoint.queue.admissions").count();
    }
}
