package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.CourtKeys;
import dev.rallypoint.court.club.TimeRange;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * Redis that hangs (paused, or a network that drops packets) must not hang holds: the slot guard
 * gives a command up after a second, asks nothing more of Redis in an attempt whose claim it did not
 * answer (so a hold waits for one time-out, not one per step), stops asking Redis once it failed, and
 * lets the database decide (its exclusion constraint alone keeps holds correct: {@link DatabaseGuardTests}).
 */
class SlotGuardOutageTests {

    static final int HOLDS = 20;

    final List<Socket> accepted = new CopyOnWriteArrayList<>();

    ServerSocket pausedRedis;

    RedissonClient redisson;

    @BeforeEach
    void redisThatNeverAnswers() throws IOException {
        pausedRedis = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!pausedRedis.isClosed()) {
                try {
                    accepted.add(pausedRedis.accept());
                }
                catch (IOException ex) {
                    return;
                }
            }
        });
        Config config = new Config().setLazyInitialization(true);
        config.useSingleServer().setAddress("redis://127.0.0.1:" + pausedRedis.getLocalPort())
                .setConnectionMinimumIdleSize(1).setConnectionPoolSize(2).setConnectTimeout(1000);
        ReservationConfiguration.failFast(config);
        redisson = Redisson.create(config);
    }

    @AfterEach
    void close() throws IOException {
        redisson.shutdown();
        pausedRedis.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void holdsStepAsideFromAHangingRedisWithinSecondsAndThenAtOnce() {
        SlotGuard guard = new SlotGuard(redisson, new CourtKeys("test:"), new ReservationProperties(Duration.ofMinutes(5),
                new ReservationProperties.Lock(true, Duration.ofSeconds(10)), new ReservationProperties.Expiry(
                        Duration.ofSeconds(1), 200), Duration.ofSeconds(2)), Clock.systemUTC());
        UUID court = UUID.randomUUID();
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        List<TimeRange> slots = List.of(new TimeRange(start, start.plus(1, ChronoUnit.HOURS)));

        long began = System.nanoTime();
        for (int i = 0; i < HOLDS; i++) {
            long hold = System.nanoTime();
            try (SlotGuard.Claim claim = guard.claim(court, slots, null)) {
                assertThat(claim.taken()).isEmpty();
                assertThat(claim.locked()).isFalse();
                claim.markAndRelease(UUID.randomUUID(), UUID.randomUUID(), start);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - hold)).as("hold %d waits for one time-out at most", i)
                    .isLessThan(Duration.ofMillis(ReservationConfiguration.REDIS_TIMEOUT_MILLIS + 500));
            if (i >= 2) {
                assertThat(Duration.ofNanos(System.nanoTime() - hold)).as("hold %d once Redis failed", i)
                        .isLessThan(Duration.ofMillis(200));
            }
        }

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(6));
        assertThat(guard.redisState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
    }
}
