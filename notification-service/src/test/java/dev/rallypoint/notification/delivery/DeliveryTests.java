package dev.rallypoint.notification.delivery;

import static dev.rallypoint.test.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.user.RefundCompleted;
import dev.rallypoint.notification.Broker;
import dev.rallypoint.notification.NotificationServiceTest;
import dev.rallypoint.notification.TestChannels;
import dev.rallypoint.notification.TestClock;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The external channels against a real SMTP server and a local HTTP gateway, with the clock under the
 * test's control: a failing gateway is retried with a doubling backoff while e-mail goes out at once,
 * quiet hours hold SMS and push back until morning in the member's zone, and messages are written in the
 * member's language.
 */
@NotificationServiceTest
class DeliveryTests {

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailingGatewayIsRetriedWithBackoffAndHoldsUpNoOtherChannel() {
        String email = "retry-" + UUID.randomUUID() + "@rallypoint.test";
        UUID member = Broker.registered(email);
        String phone = "+82 10-" + (1000 + (int) (Math.random() * 8999)) + "-" + (1000 + (int) (Math.random() * 8999));
        choose(member, "en", "UTC", null, phone, "{'PAYMENT':['EMAIL','SMS']}");
        awaitMemberKnown(member);
        TestChannels.GATEWAY.failNext(2);

        Broker.publish(new RefundCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, 5_000, 9_000));
        awaitDeliveries(member, 2);
        worker.runDue();

        assertThat(TestChannels.mailTo(email)).singleElement().satisfies(mail -> assertThat(mail.getSubject())
                .contains("Points refunded"));
        assertThat(statusOf(member, "SMS")).isEqualTo("PENDING");
        assertThat(attemptsOf(member, "SMS")).isEqualTo(1);
        worker.runDue();
        assertThat(attemptsOf(member, "SMS")).as("not due again before its backoff").isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        worker.runDue();
        assertThat(attemptsOf(member, "SMS")).isEqualTo(2);
        clock.advance(Duration.ofSeconds(31));
        worker.runDue();
        assertThat(attemptsOf(member, "SMS")).as("the second wait is twice the first").isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        worker.runDue();

        assertThat(statusOf(member, "SMS")).isEqualTo("SENT");
        assertThat(TestChannels.GATEWAY.posted("/sms", phone)).extracting(TestChannels.Gateway.Posted::accepted)
                .containsExactly(false, false, true);
        assertThat(TestChannels.GATEWAY.posted("/sms", phone).getLast().body()).contains("Points refunded");
    }

    @Test
    void quietHoursHoldSmsAndPushUntilMorningButNotEmailOrTheInbox() {
        String email = "quiet-" + UUID.randomUUID() + "@rallypoint.test";
        UUID member = Broker.registered(email);
        String token = "device-" + UUID.randomUUID();
        ZoneId zone = ZoneId.of("Asia/Seoul");
        LocalTime now = clock.instant().atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        choose(member, "ko", zone.getId(), "{'from':'%s','to':'%s'}".formatted(now.minusHours(1), now.plusHours(2)), null,
                "{'PAYMENT':['EMAIL','PUSH']}", token);
        awaitMemberKnown(member);

        Broker.publish(new RefundCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), member, 7_000, 7_000));
        awaitDeliveries(member, 2);
        worker.runDue();

        assertThat(TestChannels.mailTo(email)).hasSize(1);
        assertThat(TestChannels.GATEWAY.posted("/push", token)).isEmpty();
        assertThat(new Api(port).get("/api/v1/notifications/unread-count", TestTokens.member(member)).json()
                .path("count").asLong()).isEqualTo(1);

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        worker.runDue();

        assertThat(TestChannels.GATEWAY.posted("/push", token)).singleElement()
                .satisfies(push -> assertThat(push.body()).contains("포인트가 환불되었습니다"));
    }

    private void choose(UUID member, String language, String zone, String quietHours, String phone, String channels) {
        choose(member, language, zone, quietHours, phone, channels, null);
    }

    private void choose(UUID member, String language, String zone, String quietHours, String phone, String channels,
            String pushToken) {
        Api.Response chosen = new Api(port).put("/api/v1/notifications/preferences", TestTokens.member(member), json(
                "{'language':'%s','timeZone':'%s','quietHours':%s,'phone':%s,'pushToken':%s,'channels':%s}", language, zone,
                quietHours == null ? "null" : quietHours, phone == null ? "null" : "'" + phone + "'",
                pushToken == null ? "null" : "'" + pushToken + "'", channels));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    }

    private void awaitMemberKnown(UUID member) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from member where id = :id")
                .param("id", member).query(Long.class).single() == 1);
    }

    private void awaitDeliveries(UUID member, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                select count(*) from delivery d join notification n on n.id = d.notification_id
                where n.recipient_id = :member""").param("member", member).query(Long.class).single() == count);
    }

    private String statusOf(UUID member, String channel) {
        return column(member, channel, "status", String.class);
    }

    private int attemptsOf(UUID member, String channel) {
        return column(member, channel, "attempts", Integer.class);
    }

    private <T> T column(UUID member, String channel, String column, Class<T> type) {
        return jdbc.sql("select d." + column + " from delivery d join notification n on n.id = d.notification_id "
                + "where n.recipient_id = :member and d.channel = :channel")
                .param("member", member).param("channel", channel).query(type).single();
    }
}
