package dev.rallypoint.notification.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.notification.Broker;
import dev.rallypoint.notification.NotificationServiceApplication;
import dev.rallypoint.notification.NotificationServiceTest;
import dev.rallypoint.notification.SseClient;
import dev.rallypoint.notification.TestChannels;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestDatabase;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestRedis;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Live notifications over Server-Sent Events against the real service: a new notification reaches a
 * connected stream at once, a reconnect with Last-Event-ID gets what was missed in order, a stream held
 * by a second instance gets what the first consumed, and a member's streams are bounded.
 */
@NotificationServiceTest
class StreamTests {

    static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;

    @Autowired
    LocalStreams streams;

    @Value("${rallypoint.redis.key-prefix}")
    String keyPrefix;

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aNewNotificationReachesTheMembersOpenStreamAtOnce() throws Exception {
        UUID member = UUID.randomUUID();
        try (SseClient stream = new SseClient(new Api(port), TestTokens.member(member), null)) {
            assertThat(stream.status()).isEqualTo(200);
            awaitStreams(member, 1);
            long sent = System.nanoTime();
            Broker.publish(confirmed(member));

            SseClient.Event event = stream.next(Duration.ofSeconds(30));

            assertThat(event.name()).isEqualTo("notification");
            assertThat(Api.JSON.readTree(event.data()).path("category").asString()).isEqualTo("RESERVATION");
            System.out.printf("event published to Kafka -> received on the stream: %d ms%n",
                    Duration.ofNanos(event.receivedAt() - sent).toMillis());
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsWhatWasMissedInOrder() throws Exception {
        UUID member = UUID.randomUUID();
        Api api = new Api(port);
        String first;
        try (SseClient stream = new SseClient(api, TestTokens.member(member), null)) {
            awaitStreams(member, 1);
            Broker.publish(confirmed(member));
            first = stream.next(Duration.ofSeconds(30)).id();
        }
        awaitStreams(member, 0);
        ReservationConfirmed missedOne = confirmed(member);
        ReservationConfirmed missedTwo = confirmed(member);
        Broker.publish(missedOne);
        Broker.publish(missedTwo);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/notifications",
                TestTokens.member(member)).json().path("totalElements").asLong() == 3);

        try (SseClient resumed = new SseClient(api, TestTokens.member(member), first)) {
            SseClient.Event one = resumed.next(Duration.ofSeconds(30));
            SseClient.Event two = resumed.next(Duration.ofSeconds(30));

            assertThat(UUID.fromString(one.id())).isGreaterThan(UUID.fromString(first));
            assertThat(UUID.fromString(two.id())).isGreaterThan(UUID.fromString(one.id()));
        }
    }

    @Test
    void aStreamHeldByAnotherInstanceGetsWhatThisInstanceConsumed() throws Exception {
        UUID member = UUID.randomUUID();
        int otherPort = ((WebServerApplicationContext) secondInstance()).getWebServer().getPort();
        LocalStreams otherStreams = second.getBean(LocalStreams.class);
        try (SseClient stream = new SseClient(new Api(otherPort), TestTokens.member(member), null)) {
            assertThat(stream.status()).isEqualTo(200);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> otherStreams.all().stream()
                    .anyMatch(held -> held.memberId().equals(member)));

            Broker.publish(confirmed(member));

            SseClient.Event event = stream.next(Duration.ofSeconds(30));
            assertThat(event.name()).isEqualTo("notification");
        }
    }

    @Test
    void aMembersStreamsAreBoundedAndTheOldestIsEnded() {
        UUID member = UUID.randomUUID();
        Api api = new Api(port);
        java.util.List<SseClient> clients = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                SseClient client = new SseClient(api, TestTokens.member(member), null);
                assertThat(client.status()).isEqualTo(200);
                clients.add(client);
            }
            awaitStreams(member, 5);
        }
        finally {
            clients.forEach(SseClient::close);
        }
    }

    @Test
    void aMalformedLastEventIdIsABadRequest() {
        try (SseClient stream = new SseClient(new Api(port), TestTokens.member(UUID.randomUUID()), "not-an-id")) {
            assertThat(stream.status()).isEqualTo(400);
        }
    }

    private void awaitStreams(UUID member, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> streams.all().stream()
                .filter(held -> held.memberId().equals(member) && held.isOpen()).count() == count);
    }

    private ConfigurableApplicationContext secondInstance() {
        if (second == null) {
            TestRedis redis = TestRedis.get();
            TestDatabase database = TestDatabase.get();
            second = new SpringApplicationBuilder(NotificationServiceApplication.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=" + database.password(),
                    "--spring.data.redis.host=" + redis.host(),
                    "--spring.data.redis.port=" + redis.port(),
                    "--rallypoint.redis.key-prefix=" + keyPrefix,
                    "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                    "--spring.kafka.listener.auto-startup=false",
                    "--rallypoint.security.jwk-set-uri=" + TestTokens.jwkSetUri(),
                    "--eureka.client.enabled=false",
                    "--spring.mail.port=" + TestChannels.SMTP.getSmtp().getPort(),
                    "--rallypoint.notification.delivery.every=1h",
                    "--rallypoint.notification.broadcast.sweep-every=1h");
        }
        return second;
    }

    private static ReservationConfirmed confirmed(UUID member) {
        return new ReservationConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, UUID.randomUUID(),
                UUID.randomUUID(), Instant.now().plusSeconds(86_400), Instant.now().plusSeconds(90_000), 10_000,
                UUID.randomUUID());
    }
}
