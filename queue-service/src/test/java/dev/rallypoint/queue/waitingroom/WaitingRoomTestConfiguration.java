package dev.rallypoint.queue.waitingroom;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's clock, moved by the tests; it only ever moves forward, as test classes share it. */
@TestConfiguration(proxyBeanMethods = false)
class WaitingRoomTestConfiguration {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Bean
    TestClock testClock() {
        return new TestClock(START);
    }
}
