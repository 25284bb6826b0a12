package dev.rallypoint.user.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.user.IdentityTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RefreshTokenTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    private Response refresh(String refreshToken) {
        return post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"%s\"}".formatted(refreshToken));
    }

    @Test
    void rotatesTheRefreshTokenOnEveryUse() {
        Member member = newMember();

        Response first = refresh(member.tokens().refreshToken());
        assertThat(first.status()).isEqualTo(200);
        String next = first.json().get("refreshToken").asString();
        assertThat(next).isNotEqualTo(member.tokens().refreshToken());
        assertThat(get("/api/v1/users/me", first.json().get("accessToken").asString()).status()).isEqualTo(200);

        assertThat(refresh(next).status()).isEqualTo(200);
    }

    @Test
    void storesOnlyHashesOfRefreshTokens() {
        Member member = newMember();

        long plain = jdbc.sql("SELECT count(*) FROM refresh_token WHERE position(convert_to(?, 'UTF8') in token_hash) > 0 OR length(token_hash) <> 32")
                .param(member.tokens().refreshToken().substring(3, 20)).query(Long.class).single();
        long hashed = jdbc.sql("SELECT count(*) FROM refresh_token WHERE token_hash = ?")
                .param(RefreshTokens.hash(member.tokens().refreshToken())).query(Long.class).single();
        assertThat(plain).isZero();
        assertThat(hashed).isOne();
    }

    @Test
    void reuseOfARotatedTokenAfterTheGraceRevokesTheWholeFamily() {
        Member member = newMember();
        String stolen = member.tokens().refreshToken();
        String legitimate = refresh(stolen).json().get("refreshToken").asString();
        passTheReuseGrace(member);

        Response replay = refresh(stolen);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("code").asString()).isEqualTo("invalid-refresh-token");
        assertThat(refresh(legitimate).status()).as("the family is revoked").isEqualTo(401);
        assertThat(get("/api/v1/users/me", member.accessToken()).status()).as("access tokens live on until they expire")
                .isEqualTo(200);
    }

    @Test
    void aRetriedRefreshWithinTheGraceGetsTheSamePairAndTheSessionLivesOn() {
        Member member = newMember();
        Response first = refresh(member.tokens().refreshToken());

        Response retried = refresh(member.tokens().refreshToken());

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("refreshToken").asString()).isEqualTo(first.json().get("refreshToken").asString());
        assertThat(retried.json().get("accessToken").asString()).isEqualTo(first.json().get("accessToken").asString());
        assertThat(refresh(retried.json().get("refreshToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void theGraceCoversOnlyTheImmediatelyPreviousToken() {
        Member member = newMember();
        String first = member.tokens().refreshToken();
        String second = refresh(first).json().get("refreshToken").asString();
        String third = refresh(second).json().get("refreshToken").asString();

        assertThat(refresh(first).status()).as("its successor was used already").isEqualTo(401);
        assertThat(refresh(third).status()).as("the family is revoked").isEqualTo(401);
    }

    @Test
    void ofConcurrentRefreshesWithOneTokenOnePairIsIssuedAndAllGetIt() throws Exception {
        Member member = newMember();
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                Callable<Response> racer = () -> {
                    start.await();
                    return refresh(member.tokens().refreshToken());
                };
                outcomes.add(pool.submit(racer));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> outcome : outcomes) {
                answers.add(outcome.get());
            }

            assertThat(answers).allMatch(answer -> answer.status() == 200);
            assertThat(answers.stream().map(answer -> answer.json().get("refreshToken").asString()).distinct()).hasSize(1);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM refresh_token t JOIN refresh_family f ON f.id = t.family_id
                    WHERE f.account_id = ? AND f.revoked_at IS NULL""").param(member.id()).query(Long.class).single())
                    .as("the login's token and exactly one successor, in a family still alive").isEqualTo(2);
        }
    }

    /** Moves the member's rotations into the past, beyond the reuse grace. */
    private void passTheReuseGrace(Member member) {
        jdbc.sql("""
                UPDATE refresh_token SET rotated_at = rotated_at - interval '1 minute'
                WHERE rotated_at IS NOT NULL AND family_id IN (SELECT id FROM refresh_family WHERE account_id = ?)""")
                .param(member.id()).update();
    }

    @Test
    void logoutEndsTheSession() {
        Member member = newMember();
        String current = refresh(member.tokens().refreshToken()).json().get("refreshToken").asString();

        assertThat(post("/api/v1/auth/logout", null, "{\"refreshToken\":\"%s\"}".formatted(current)).status()).isEqualTo(204);

        assertThat(refresh(current).status()).isEqualTo(401);
    }

    @Test
    void logoutOfAnUnknownTokenAnswersTheSame() {
        assertThat(post("/api/v1/auth/logout", null, "{\"refreshToken\":\"rt_unknown\"}").status()).isEqualTo(204);
    }

    @Test
    void changingThePasswordEndsEverySession() {
        Member member = newMember();
        Tokens otherDevice = login(member.email(), member.password());

        assertThat(put("/api/v1/users/me/password", member.accessToken(),
                "{\"currentPassword\":\"%s\",\"newPassword\":\"a-brand-new-password\"}".formatted(member.password()))
                .status()).isEqualTo(204);

        assertThat(refresh(member.tokens().refreshToken()).status()).isEqualTo(401);
        assertThat(refresh(otherDevice.refreshToken()).status()).isEqualTo(401);
        assertThat(login(member.email(), "a-brand-new-password").accessToken()).isNotBlank();
    }

    @Test
    void refreshCarriesRolesGrantedMeanwhile() {
        Member member = newMember();
        Tokens admin = adminLogin();
        assertThat(put("/api/v1/admin/users/" + member.id() + "/roles", admin.accessToken(),
                "{\"roles\":[\"MEMBER\",\"COURT_MANAGER\"]}").status()).isEqualTo(200);

        Response refreshed = refresh(member.tokens().refreshToken());

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(AccessTokenClaims.roles(refreshed.json().get("accessToken").asString()))
                .containsExactlyInAnyOrder("MEMBER", "COURT_MANAGER");
    }
}
