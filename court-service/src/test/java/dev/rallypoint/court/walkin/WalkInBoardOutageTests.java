package dev.rallypoint.court.walkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.court.CourtKeys;
import dev.rallypoint.test.PrivateRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The walk-in board against a Redis of its own that is frozen (SIGSTOP) and resumed: while frozen, only
 * the first call waits for the client's command time-out and the following ones skip Redis at once; once Redis
 * runs again, what changed meanwhile is written to the board, so it does not go on showing an ended entry.
 */
class WalkInBoardOutageTests {

    final Clock clock = Clock.systemUTC();

    PrivateRedis redis;

    RedissonClient redisson;

    WalkInBoard board;

    @BeforeEach
    void privateRedis() {
        redis = PrivateRedis.start();
        Config config = new Config().setLazyInitialization(true);
        // no retries, as court-service runs it (ReservationConfiguration); half its 1 s time-out, as this test is
        // about the board skipping Redis, not about the client's time-out
        config.useSingleServer().setAddress("redis://" + redis.host() + ":" + redis.port()).setTimeout(500)
                .setRetryAttempts(0).setConnectTimeout(10_000)
                // the pool filled by the first calls, before Redis freezes, as court-service fills it at start-up
                .setConnectionMinimumIdleSize(4).setConnectionPoolSize(4);
        redisson = Redisson.create(config);
        board = new WalkInBoard(redisson, new CourtKeys("test:"));
    }

    @AfterEach
    void stop() {
        if (redisson != null) {
            redisson.shutdown();
        }
        redis.close();
    }

    @Test
    void aFrozenRedisCostsOneTimeOutAndTheBoardCatchesUpAfterwards() {
        UUID club = UUID.randomUUID();
        WalkIn leaving = WalkIn.register(club, LocalDate.now(clock), 1, UUID.randomUUID(), null, 2, clock);
        WalkIn staying = WalkIn.register(club, LocalDate.now(clock), 2, UUID.randomUUID(), null, 2, clock);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            board.show(leaving);
            board.show(staying);
            return board.read(leaving.id()).isPresent();
        });

        redis.pause();
        try {
            long first = timed(() -> assertThat(board.read(staying.id())).isEmpty());
            leaving.cancelByParty(clock);
            long later = timed(() -> {
                for (int i = 0; i < 20; i++) {
                    board.show(leaving);
                    assertThat(board.read(staying.id())).isEmpty();
                }
            });
            System.out.printf("Redis frozen: first board read %d ms, then 20 shows and reads in %d ms%n", first, later);
            // the first call waits for Redisson's time-out (up to 2.7 s seen with 500 ms on a saturated machine)
            assertThat(first).isLessThan(5_000);
            // 40 calls: without the breaker each would wait a second; with it, at most one trial does
            assertThat(later).isLessThan(1_500);
        }
        finally {
            redis.resume();
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> board.read(staying.id()).isPresent());
        assertThat(board.read(leaving.id())).isEmpty();
    }

    private static long timed(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
