package dev.rallypoint.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.user.UserRegistered;
import dev.rallypoint.common.event.user.UserWithdrawn;
import dev.rallypoint.user.EventOutbox;
import dev.rallypoint.user.IdentityTestSupport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProfileTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void signUpRegistersAMemberAndPublishesUserRegistered() {
        Member member = newMember();

        Response me = get("/api/v1/users/me", member.accessToken());
        assertThat(me.json().get("roles").toString()).isEqualTo("[\"MEMBER\"]");
        assertThat(me.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(me.json().has("passwordHash")).isFalse();
        assertThat(EventOutbox.awaitSent(jdbc, UserRegistered.class, member.id().toString())).contains(member.email());
    }


    @Test
    void updatesTheProfileFieldsGivenAndKeepsTheOthers() {
        Member member = newMember();

        Response updated = patch("/api/v1/users/me", member.accessToken(), """
                {"nickname":"ace server","phone":"+82 10-1234-5678","ntrpLevel":3.5,"homeRegion":"Seoul Mapo",
                 "notifications":{"email":false,"sms":true,"push":true,"marketing":false}}""");
        assertThat(updated.status()).isEqualTo(200);

        Response partial = patch("/api/v1/users/me", member.accessToken(), "{\"homeRegion\":\"Busan\"}");

        assertThat(partial.json().get("nickname").asString()).isEqualTo("ace server");
        assertThat(partial.json().get("phone").asString()).isEqualTo("+82 10-1234-5678");
        assertThat(partial.json().get("ntrpLevel").asDouble()).isEqualTo(3.5);
        assertThat(partial.json().get("homeRegion").asString()).isEqualTo("Busan");
        assertThat(partial.json().get("notifications").get("sms").asBoolean()).isTrue();
        assertThat(get("/api/v1/users/me", member.accessToken()).json().get("homeRegion").asString()).isEqualTo("Busan");
    }

    @Test
    void memberBNeverReadsOrChangesMemberAsProfile() {
        Member a = newMember();
        Member b = newMember();

        assertThat(get("/api/v1/users/" + a.id(), b.accessToken()).status()).isEqualTo(403);
        assertThat(get("/api/v1/users/" + a.id(), a.accessToken()).status()).isEqualTo(200);
        assertThat(get("/api/v1/admin/users/" + a.id(), b.accessToken()).status()).isEqualTo(403);
        assertThat(patch("/api/v1/users/me", b.accessToken(), "{\"id\":\"%s\",\"nickname\":\"hijack\"}".formatted(a.id()))
                .json().get("id").asString()).isEqualTo(b.id().toString());
        assertThat(get("/api/v1/users/me", a.accessToken()).json().get("nickname").asString()).isEqualTo("player one");
    }

    @Test
    void withdrawalAnonymisesRevokesAndPublishesUserWithdrawn() {
        Member member = newMember();
        patch("/api/v1/users/me", member.accessToken(), "{\"phone\":\"010-1234-5678\",\"homeRegion\":\"Seoul\"}");

        assertThat(post("/api/v1/users/me/withdrawal", member.accessToken(), "{\"password\":\"wrong-password\"}").status())
                .isEqualTo(400);
        assertThat(post("/api/v1/users/me/withdrawal", member.accessToken(),
                "{\"password\":\"%s\"}".formatted(member.password())).status()).isEqualTo(204);

        Map<String, Object> row = jdbc.sql("SELECT email, password_hash, nickname, phone, home_region, status FROM user_account WHERE id = ?")
                .param(member.id()).query().singleRow();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("home_region")).isNull();
        assertThat(row.get("nickname")).isEqualTo("withdrawn");
        assertThat(row.get("status")).isEqualTo("WITHDRAWN");
        assertThat(post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"%s\"}".formatted(member.tokens().refreshToken()))
                .status()).isEqualTo(401);
        assertThat(post("/api/v1/auth/login", null, "{\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(member.email(), member.password())).status()).isEqualTo(401);
        assertThat(EventOutbox.awaitSent(jdbc, UserWithdrawn.class, member.id().toString())).doesNotContain(member.email());
        assertThat(post("/api/v1/users/me/withdrawal", member.accessToken(), "{}").status()).isEqualTo(409);
    }

    @Test
    void theEmailOfAWithdrawnAccountCanSignUpAgain() {
        Member member = newMember();
        post("/api/v1/users/me/withdrawal", member.accessToken(), "{\"password\":\"%s\"}".formatted(member.password()));

        assertThat(post("/api/v1/auth/signup", null, "{\"email\":\"%s\",\"password\":\"another-password\",\"nickname\":\"back again\"}"
                .formatted(member.email())).status()).isEqualTo(202);
    }

    @Test
    void concurrentProfileUpdatesNeverFailWithAServerError() throws Exception {
        Member member = newMember();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                int n = i;
                pool.submit(() -> {
                    start.await();
                    statuses.add(patch("/api/v1/users/me", member.accessToken(), "{\"nickname\":\"racer %d\"}".formatted(n)).status());
                    return null;
                });
            }
            start.countDown();
        }

        assertThat(statuses).hasSize(8).allMatch(status -> status == 200 || status == 409).contains(200);
        assertThat(get("/api/v1/users/me", member.accessToken()).json().get("nickname").asString()).startsWith("racer ");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        Member member = newMember();

        Response wrong = put("/api/v1/users/me/password", member.accessToken(),
                "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"a-brand-new-password\"}");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("code").asString()).isEqualTo("current-password-mismatch");
        assertThat(login(member.email(), member.password()).accessToken()).isNotBlank();
    }
}
