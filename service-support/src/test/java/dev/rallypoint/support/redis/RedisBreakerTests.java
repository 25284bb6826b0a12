package dev.rallypoint.support.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The breaker in front of Redis: refuses at once after a failure, then lets one trial through. */
class RedisBreakerTests {

    @Test
    void closedItPermitsEveryCall() {
        RedisBreaker breaker = new RedisBreaker(Duration.ofSeconds(2), 2);

        assertThat(breaker.permits()).isTrue();
        assertThat(breaker.permits()).isTrue();
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void oneSlowCommandIsNotAnOutageButTwoFailuresInARowAre() {
        RedisBreaker breaker = new RedisBreaker(Duration.ofSeconds(30), 2);

        breaker.failed();
        breaker.succeeded();
        breaker.failed();
        assertThat(breaker.permits()).isTrue();

        breaker.failed();
        assertThat(breaker.permits()).isFalse();
    }

    @Test
    void aFailureRefusesCallsUntilTheOpenTimeIsOver() {
        RedisBreaker breaker = new RedisBreaker(Duration.ofSeconds(30), 1);

        breaker.failed();

        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.permits()).isFalse();
        assertThat(breaker.retryAfter()).isGreaterThan(Duration.ofSeconds(1)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void afterTheOpenTimeOneTrialGoesThroughAndItsSuccessCloses() {
        RedisBreaker breaker = new RedisBreaker(Duration.ofMillis(50), 1);
        breaker.failed();

        await().atMost(Duration.ofSeconds(5)).until(breaker::permits);
        assertThat(breaker.permits()).as("a second caller during the trial").isFalse();

        breaker.succeeded();
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.permits()).isTrue();
    }

    @Test
    void aFailedTrialOpensItAgain() {
        RedisBreaker breaker = new RedisBreaker(Duration.ofMillis(50), 1);
        breaker.failed();
        await().atMost(Duration.ofSeconds(5)).until(breaker::permits);

        breaker.failed();

        assertThat(breaker.permits()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(breaker::permits);
    }
}
