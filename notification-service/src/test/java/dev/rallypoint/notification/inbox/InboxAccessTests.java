package dev.rallypoint.notification.inbox;

import static dev.rallypoint.test.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.notification.NotificationServiceTest;
import dev.rallypoint.notification.preference.Category;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access matrix of the inbox and the preferences: only the owner reads, marks or deletes a
 * notification (another member's is not found), and bad input is a 400 problem with nothing stored.
 */
@NotificationServiceTest
class InboxAccessTests {

    @LocalServerPort
    int port;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcClient jdbc;

    final UUID alice = UUID.randomUUID();

    final UUID bob = UUID.randomUUID();

    @Test
    void onlyTheOwnerReadsMarksAndDeletesANotification() {
        Api api = new Api(port);
        inbox.deliver(List.of(Draft.to(alice, Category.PAYMENT, "refund.completed", "/wallet", 1_000, 2_000)), "a-" + alice);
        inbox.deliver(List.of(Draft.to(alice, Category.RESERVATION, "reservation.expired", null, java.time.Instant.now())),
                "b-" + alice);
        String aliceToken = TestTokens.member(alice);
        String bobToken = TestTokens.member(bob);
        String id = api.get("/api/v1/notifications?category=PAYMENT", aliceToken).json().path("content").get(0).path("id").asString();

        assertThat(api.get("/api/v1/notifications/" + id, bobToken).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/notifications/" + id + "/read", bobToken, null).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/notifications/" + id, bobToken).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/notifications", bobToken).json().path("totalElements").asLong()).isZero();
        assertThat(api.put("/api/v1/notifications/read", bobToken, null).json().path("marked").asInt()).isZero();
        assertThat(api.get("/api/v1/notifications/unread-count", aliceToken).json().path("count").asLong()).isEqualTo(2);

        Api.Response read = api.put("/api/v1/notifications/" + id + "/read", aliceToken, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("readAt").isNull()).isFalse();
        assertThat(api.get("/api/v1/notifications?unread=true", aliceToken).json().path("totalElements").asLong()).isEqualTo(1);
        assertThat(api.put("/api/v1/notifications/read", aliceToken, null).json().path("marked").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/notifications/unread-count", aliceToken).json().path("count").asLong()).isZero();
        assertThat(api.delete("/api/v1/notifications/" + id, aliceToken).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/notifications/" + id, aliceToken).status()).isEqualTo(404);
    }

    @Test
    void listsAreNewestFirstAndPagedWithinBounds() {
        Api api = new Api(port);
        UUID carol = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            inbox.deliver(List.of(Draft.to(carol, Category.PAYMENT, "refund.completed", "/wallet", i, i)), "p" + i + carol);
        }

        Api.Response page = api.get("/api/v1/notifications?size=2", TestTokens.member(carol));
        Api.Response tooBig = api.get("/api/v1/notifications?size=101", TestTokens.member(carol));
        Api.Response badCategory = api.get("/api/v1/notifications?category=NOPE", TestTokens.member(carol));

        assertThat(page.json().path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.json().path("content").get(0).path("body").asString()).startsWith("2");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.isProblem()).isTrue();
        assertThat(badCategory.status()).isEqualTo(400);
    }

    @Test
    void preferencesHaveDefaultsAndBadInputIsRefusedWithNothingStored() {
        Api api = new Api(port);
        String token = TestTokens.member(alice);

        Api.Response defaults = api.get("/api/v1/notifications/preferences", token);
        assertThat(defaults.json().path("language").asString()).isEqualTo("ko");
        assertThat(defaults.json().path("timeZone").asString()).isEqualTo("Asia/Seoul");
        assertThat(defaults.json().path("quietHours").path("from").asString()).isEqualTo("22:00:00");
        assertThat(defaults.json().path("channels").path("RESERVATION").valueStream().map(node -> node.asString()).toList())
                .containsExactlyInAnyOrder("EMAIL", "PUSH");

        List<String> bad = List.of(
                "{'language':'fr','timeZone':'Asia/Seoul','channels':{}}",
                "{'language':'ko','timeZone':'Mars/Olympus','channels':{}}",
                "{'language':'ko','timeZone':'Asia/Seoul','channels':{'GOSSIP':['EMAIL']}}",
                "{'language':'ko','timeZone':'Asia/Seoul','channels':{'NOTICE':['PIGEON']}}",
                "{'language':'ko','timeZone':'Asia/Seoul','quietHours':{'from':'22:00','to':'22:00'},'channels':{}}",
                "{'language':'ko','timeZone':'Asia/Seoul','phone':'call me','channels':{}}",
                "{'language':'ko','timeZone':'Asia/Seoul'}",
                "{'language':'ko','timeZone':'Asia/Seoul','channels':{'NOTICE':'EMAIL'}}");
        for (String body : bad) {
            Api.Response refused = api.put("/api/v1/notifications/preferences", token, json(body));
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.isProblem()).as(body).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from preference where member_id = :id").param("id", alice)
                .query(Long.class).single()).isZero();

        Api.Response chosen = api.put("/api/v1/notifications/preferences", token, json(
                "{'language':'en','timeZone':'Europe/Berlin','quietHours':null,'channels':{'NOTICE':['EMAIL']}}"));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().path("quietHours").isNull()).isTrue();
        assertThat(chosen.json().path("channels").path("NOTICE").get(0).asString()).isEqualTo("EMAIL");
        assertThat(chosen.json().path("channels").path("PAYMENT").size()).isEqualTo(2);
    }
}
