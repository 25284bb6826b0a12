package dev.rallypoint.queue.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.test.TestRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * 5,000 simulated users at one gate: admission order equals queue order, the active limit is never
 * exceeded and the achieved rate is within 2 % of the configured one over a minute — with one
 * worker, and with two workers (each with its own Redis connection and clock, as two instances)
 * racing every round.
 *
 * <p>The minute is simulated: a controlled clock advances in uneven steps of about 130 ms and every
 * worker runs one round per step, so 60 s of gate time take a few seconds of test time. Admitted
 * users pay (end their admission) 1–6 s after admission; one in ten never pays and times out.
 */
@SpringBootTest(properties = { "rallypoint.queue.worker.enabled=false", "rallypoint.queue.admission-lifetime=8s",
        "rallypoint.queue.waiter-timeout=10m" })
@Import(WaitingRoomTestConfiguration.class)
class AdmissionSimulationTests {

    static final int USERS = 5_000;

    @Autowired
    WaitingRoom waitingRoom;

    @Autowired
    Gates gates;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    WaitingRoomScripts scripts;

    @Autowired
    GateKeys keys;

    @Autowired
    WaitingRoomProperties properties;

    @Autowired
    TestClock clock;

    @Autowired
    AdmissionWorker worker;

    final List<LettuceConnectionFactory> connections = new ArrayList<>();

    @AfterEach
    void closeConnections() {
        connections.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void admitsInQueueOrderAtTheConfiguredRateWithinTheActiveLimit() {
        Simulation run = simulate(75.0, 600, List.of(worker));

        assertThat(run.inversions()).isZero();
        assertThat(run.admissionOrder()).containsExactlyElementsOf(run.queueOrder());
        assertThat(run.highestActive()).isLessThanOrEqualTo(600);
        assertThat(run.admittedInFirstMinute()).isBetween((int) (75 * 60 * 0.98), (int) Math.ceil(75 * 60 * 1.02));
    }

    @Test
    void neverAdmitsMoreThanTheActiveLimitWhenPayersAreSlow() {
        Simulation run = simulate(200.0, 150, List.of(worker));

        assertThat(run.inversions()).isZero();
        assertThat(run.admissionOrder()).containsExactlyElementsOf(run.queueOrder());
        assertThat(run.highestActive()).isEqualTo(150);
        assertThat(run.admittedInFirstMinute()).isLessThan(200 * 60);
    }

    @Test
    void twoInstancesTogetherAdmitEachUserOnceInOrderAtTheGatesRate() {
        Simulation run = simulate(75.0, 600, List.of(instance(Duration.ZERO), instance(Duration.ofMillis(7))));

        assertThat(run.duplicates()).isZero();
        assertThat(run.inversions()).isZero();
        assertThat(run.admissionOrder()).containsExactlyElementsOf(run.queueOrder());
        assertThat(run.highestActive()).isLessThanOrEqualTo(600);
        assertThat(run.admittedInFirstMinute()).isBetween((int) (75 * 60 * 0.98), (int) Math.ceil(75 * 60 * 1.02));
        assertThat(run.roundsWithAdmissionsPerWorker()).allSatisfy(rounds -> assertThat(rounds).isPositive());
    }

    /** A second queue-service instance: own Redis connection, own clock (skewed by {@code skew}). */
    private AdmissionWorker instance(Duration skew) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(TestRedis.get().host(), TestRedis.get().port()));
        factory.afterPropertiesSet();
        connections.add(factory);
        StringRedisTemplate template = new StringRedisTemplate(factory);
        SkewedClock skewed = new SkewedClock(clock, skew);
        return new AdmissionWorker(template, new WaitingRoomScripts(), keys, properties, skewed, new SimpleMeterRegistry());
    }

    record Simulation(List<UUID> queueOrder, List<UUID> admissionOrder, long inversions, int duplicates,
            int highestActive, int admittedInFirstMinute, List<Integer> roundsWithAdmissionsPerWorker) {
    }

    private Simulation simulate(double rate, int maxActive, List<AdmissionWorker> workers) {
        GateId gate = new GateId("sim-" + UUID.randomUUID());
        Instant opened = clock.instant();
        gates.create(gate, rate, maxActive, null);

        Map<UUID, UUID> tokens = joinConcurrently(gate);
        List<UUID> queueOrder = redis.opsForZSet().range(keys.of(gate).get(1), 0, -1).stream().map(UUID::fromString).toList();
        assertThat(queueOrder).hasSize(USERS);

        Random random = new Random(42);
        TreeMap<Long, UUID> admittedByNumber = new TreeMap<>();
        int duplicates = 0;
        Map<UUID, Instant> paysAt = new HashMap<>();
        int highestActive = 0;
        int inFirstMinute = 0;
        int[] rounds = new int[workers.size()];
        Instant minuteEnd = opened.plusSeconds(60);
        try (ExecutorService threads = Executors.newFixedThreadPool(workers.size())) {
            while (admittedByNumber.size() < USERS) {
                clock.advance(Duration.ofMillis(100 + random.nextInt(60)));
                Instant now = clock.instant();
                List<CompletableFuture<AdmissionWorker.Admitted>> started = workers.stream()
                        .map(each -> CompletableFuture.supplyAsync(() -> each.admit(gate), threads))
                        .toList();
                for (int i = 0; i < started.size(); i++) {
                    AdmissionWorker.Admitted round = started.get(i).join();
                    if (!round.users().isEmpty()) {
                        rounds[i]++;
                    }
                    for (int k = 0; k < round.users().size(); k++) {
                        UUID user = round.users().get(k);
                        if (admittedByNumber.put(round.firstNumber() + k, user) != null) {
                            duplicates++;
                        }
                        if (!now.isAfter(minuteEnd)) {
                            inFirstMinute++;
                        }
                        if (random.nextInt(10) > 0) {
                            paysAt.put(user, now.plusMillis(1_000 + random.nextInt(5_000)));
                        }
                    }
                }
                highestActive = Math.max(highestActive, (int) gates.status(gate).active());
                List<UUID> paying = paysAt.entrySet().stream().filter(entry -> !entry.getValue().isAfter(now))
                        .map(Map.Entry::getKey).toList();
                for (UUID user : paying) {
                    waitingRoom.leave(gate, user, tokens.get(user));
                    paysAt.remove(user);
                }
                assertThat(clock.instant()).isBefore(opened.plus(Duration.ofMinutes(10)));
            }
        }
        List<UUID> admissionOrder = List.copyOf(admittedByNumber.values());
        Set<UUID> distinct = new HashSet<>(admissionOrder);
        duplicates += admissionOrder.size() - distinct.size();
        gates.close(gate);
        System.out.printf("simulation rate %.1f/s max active %d workers %d: %d admitted in the first minute (target %.0f), "
                + "highest active %d, rounds with admissions per worker %s%n", rate, maxActive, workers.size(), inFirstMinute, rate * 60,
                highestActive, IntStream.of(rounds).boxed().toList());
        return new Simulation(queueOrder, admissionOrder, inversions(queueOrder, admissionOrder), duplicates, highestActive,
                inFirstMinute, IntStream.of(rounds).boxed().toList());
    }

    private Map<UUID, UUID> joinConcurrently(GateId gate) {
        Map<UUID, UUID> tokens = new ConcurrentHashMap<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            IntStream.range(0, USERS).mapToObj(i -> UUID.randomUUID())
                    .map(user -> CompletableFuture.runAsync(
                            () -> tokens.put(user, waitingRoom.join(gate, user).ticket().token()), threads))
                    .toList()
                    .forEach(CompletableFuture::join);
        }
        return tokens;
    }

    /** Admissions of a user queued behind someone admitted earlier; 0 iff admission order is queue order. */
    static long inversions(List<UUID> queueOrder, List<UUID> admissionOrder) {
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < queueOrder.size(); i++) {
            position.put(queueOrder.get(i), i);
        }
        int[] ranks = admissionOrder.stream().mapToInt(position::get).toArray();
        long inversions = 0;
        int highest = -1;
        // admission follows the queue iff every admitted rank exceeds all before it; count the breaks
        for (int rank : ranks) {
            if (rank < highest) {
                inversions++;
            }
            highest = Math.max(highest, rank);
        }
        return inversions;
    }

    /** Another instance's clock: the shared test clock, shifted. */
    static final class SkewedClock extends Clock {

        private final Clock base;

        private final Duration skew;

        SkewedClock(Clock base, Duration skew) {
            this.base = base;
            this.skew = skew;
        }

        @Override
        public Instant instant() {
            return base.instant().plus(skew);
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
