package dev.rallypoint.notification.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.notification.Api;
import dev.rallypoint.notification.Broker;
import dev.rallypoint.notification.NotificationServiceTest;
import dev.rallypoint.notification.SseClient;
import dev.rallypoint.test.PrivateRedis;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis frozen (SIGSTOP) under the notification-service: notifications keep landing in the inboxes
 * (the live push is skipped, at most one short time-out), and once Redis runs again the pub/sub
 * listener, never restarted, pushes new notifications to the open stream.
 */
@NotificationServiceTest
class StreamRedisPauseTests {

    static final PrivateRedis redis = PrivateRedis.start();

    @LocalServerPort
    int port;

    @Autowired
    LocalStreams streams;

    @DynamicPropertySource
    static void privateRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", redis::host);
        registry.add("spring.data.redis.port", redis::port);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void whileRedisIsPausedInboxesFillAndAfterwardsTheStreamGetsNewNotificationsAgain() throws Exception {
        UUID member = UUID.randomUUID();
        String token = TestTokens.member(member);
        Api api = new Api(port);
        try (SseClient stream = new SseClient(api, token, null)) {
            assertThat(stream.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> streams.all().stream()
                    .anyMatch(held -> held.memberId().equals(member) && held.isOpen()));

            redis.pause();
            try {
                Broker.publish(confirmed(member));
                Broker.publish(confirmed(member));
                await().atMost(Duration.ofSeconds(20)).until(() -> total(api, token) == 2);
            }
            finally {
                redis.resume();
            }

            Broker.publish(confirmed(member));
            await().atMost(Duration.ofSeconds(30)).until(() -> total(api, token) == 3);
            String newest = api.get("/api/v1/notifications", token).json().path("content").get(0).path("id").asString();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String received;
            do {
                received = stream.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))).id();
            }
            while (!received.equals(newest));
            assertThat(received).isEqualTo(newest);
        }
    }

    private static long total(Api api, String token) {
        return api.get("/api/v1/notifications", token).json().path("totalElements").asLong();
    }

    private static ReservationConfirmed confirmed(UUID member) {
        return new ReservationConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, UUID.randomUUID(),
                UUID.randomUUID(), Instant.now().plusSeconds(86_400), Instant.now().plusSeconds(90_000), 10_000,
                UUID.randomUUID());
    }
}
