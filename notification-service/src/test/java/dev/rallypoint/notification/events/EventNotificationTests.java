package dev.rallypoint.notification.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.common.event.court.ReservationChanged;
import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.common.event.court.ReservationExpired;
import dev.rallypoint.common.event.court.ReservationHeld;
import dev.rallypoint.common.event.court.ReservationNoShow;
import dev.rallypoint.common.event.court.SeatCancelled;
import dev.rallypoint.common.event.court.SeatReserved;
import dev.rallypoint.common.event.user.AccountSuspended;
import dev.rallypoint.common.event.user.CourtManagerApplicationDecided;
import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.notification.Broker;
import dev.rallypoint.notification.NotificationServiceTest;
import dev.rallypoint.notification.TestChannels;
import dev.rallypoint.notification.delivery.TestDeliveries;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.inbox.Inbox;
import dev.rallypoint.notification.preference.Category;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every event type that concerns a person becomes exactly one inbox item for them and an e-mail where
 * their preferences want one, over the real broker, PostgreSQL and an SMTP server; redeliveries and
 * duplicates create nothing; a poison record is parked on its dead-letter topic and the next one handled.
 */
@NotificationServiceTest
class EventNotificationTests {

    @LocalServerPort
    int port;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDeliveries deliveries;

    @Test
    void everyEventTypeBecomesOneInboxItemAndAnEmailWherePreferencesWantOne() throws Exception {
        String email = "events-" + UUID.randomUUID() + "@rallypoint.test";
        UUID member = Broker.registered(email);
        awaitMember(member);
        UUID club = UUID.randomUUID();
        Instant start = Instant.parse("2031-05-01T01:00:00Z");
        Instant end = start.plus(Duration.ofHours(1));
        List<IntegrationEvent> events = List.of(
                new ReservationHeld(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, club, UUID.randomUUID(),
                        start, end, 20_000, Instant.now().plusSeconds(300)),
                new ReservationConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, club,
                        UUID.randomUUID(), start, end, 20_000, UUID.randomUUID()),
                new ReservationChanged(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, club, UUID.randomUUID(),
                        start, end, 20_000, UUID.randomUUID(), start.plusSeconds(7200), end.plusSeconds(7200), 25_000, "MANAGER"),
                new ReservationCancelled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, club,
                        UUID.randomUUID(), start, end, "CONFIRMED", "MEMBER", 20_000, 2_000),
                new ReservationExpired(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, club, UUID.randomUUID(),
                        start, end),
                new ReservationNoShow(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, club, UUID.randomUUID(),
                        start, end, 20_000, 5_000),
                new PaymentFailed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, PaymentFailed.INSUFFICIENT_POINTS),
                new RefundCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, 18_000, 50_000),
                new SeatReserved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, club, UUID.randomUUID(),
                        UUID.randomUUID(), "Seoul Open Final", start, 12, 30_000),
                new SeatCancelled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, club, UUID.randomUUID(),
                        UUID.randomUUID(), "Seoul Open Final", start, 12, "RESERVED", "MANAGER",
                        SeatCancelled.EVENT_DATE_CANCELLED, 30_000),
                new CourtManagerApplicationDecided(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member,
                        "Mapo Tennis Club", true, null),
                new AccountSuspended(UUID.randomUUID(), Instant.now(), member, "Repeated no-shows"));

        events.forEach(Broker::publish);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(countOf(member)).isEqualTo(events.size()));
        deliveries.sendDue();
        // every category of these events sends e-mail by default
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestChannels.mailTo(email))
                .hasSize(events.size()));
        Api.Response inbox = new Api(port).get("/api/v1/notifications?size=50", TestTokens.member(member));
        assertThat(inbox.json().path("totalElements").asLong()).isEqualTo(events.size());
        List<String> titles = inbox.json().path("content").valueStream().map(item -> item.path("title").asString()).toList();
        assertThat(titles).contains("코트 예약이 확정되었습니다", "행사 일정이 취소되었습니다", "계정이 정지되었습니다");
        MimeMessage refund = TestChannels.mailTo(email).stream()
                .filter(message -> subjectOf(message).contains("포인트가 환불되었습니다")).findFirst().orElseThrow();
        assertThat(refund.getContent().toString()).contains("18,000").contains("50,000");
    }

    @Test
    void aRedeliveredOrDuplicatedEventCreatesOneNotification() {
        UUID member = Broker.registered("dup-" + UUID.randomUUID() + "@rallypoint.test");
        ReservationConfirmed confirmed = new ReservationConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member,
                UUID.randomUUID(), UUID.randomUUID(), Instant.now().plusSeconds(86_400), Instant.now().plusSeconds(90_000),
                10_000, UUID.randomUUID());

        Broker.publish(confirmed);
        Broker.publish(confirmed);
        Broker.publish(confirmed);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(countOf(member)).isEqualTo(1));
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(countOf(member)).isEqualTo(1));
    }

    @Test
    void theInboxKeepsOneNotificationPerSourceAndRecipientWhateverAsksForMore() {
        UUID member = UUID.randomUUID();
        Draft draft = Draft.to(member, Category.PAYMENT, "refund.completed", "/wallet", 100, 200);

        int first = inbox.deliver(List.of(draft), "source-" + member);
        int again = inbox.deliver(List.of(draft, draft), "source-" + member);

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(countOf(member)).isEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToItsDeadLetterTopicAndTheNextEventIsStillHandled() {
        UUID member = Broker.registered("poison-" + UUID.randomUUID() + "@rallypoint.test");
        String poison = "{\"this is\": not json " + member;
        Broker.send("court.reservation-expired", member.toString(), poison.getBytes());
        Broker.publish(new ReservationExpired(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, UUID.randomUUID(),
                UUID.randomUUID(), Instant.now().plusSeconds(3600), Instant.now().plusSeconds(7200)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(countOf(member)).isEqualTo(1));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("court.reservation-expired-dlt"));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (new String(record.value()).equals(poison)) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    private long countOf(UUID member) {
        return jdbc.sql("select count(*) from notification where recipient_id = :member").param("member", member)
                .query(Long.class).single();
    }

    private void awaitMember(UUID member) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from member where id = :id")
                .param("id", member).query(Long.class).single() == 1);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
