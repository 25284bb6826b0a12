package dev.rallypoint.user.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.rallypoint.user.IdentityTestSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LoginTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuesAnAccessTokenThatUserServiceAccepts() throws Exception {
        Member member = newMember();

        SignedJWT jwt = SignedJWT.parse(member.accessToken());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("https://rallypoint.dev/auth");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("rallypoint-api");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(member.id().toString());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("MEMBER");
        Duration lifetime = Duration.between(jwt.getJWTClaimsSet().getIssueTime().toInstant(),
                jwt.getJWTClaimsSet().getExpirationTime().toInstant());
        assertThat(lifetime).isLessThanOrEqualTo(Duration.ofMinutes(15)).isPositive();
        assertThat(member.tokens().refreshToken()).startsWith("rt_").doesNotContain(".");

        Response me = get("/api/v1/users/me", member.accessToken());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(member.email());
    }

    @Test
    void storesPasswordsAsArgon2idWithOwaspParameters() {
        Member member = newMember();

        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE id = ?").param(member.id())
                .query(String.class).single();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(member.password());
    }

    @Test
    void answersUnknownUserAndWrongPasswordAlike() {
        Member member = newMember();

        Response wrongPassword = post("/api/v1/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"not-the-password\"}".formatted(member.email()));
        Response unknownUser = post("/api/v1/auth/login", null,
                "{\"email\":\"nobody-%s@test.rallypoint.dev\",\"password\":\"not-the-password\"}".formatted(UUID.randomUUID()));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.json().get("code").asString()).isEqualTo("invalid-credentials");
        assertThat(unknownUser.json().get("code")).isEqualTo(wrongPassword.json().get("code"));
        assertThat(unknownUser.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
    }

    @Test
    void throttlesRepeatedFailedLoginsEvenWhenThePasswordIsFinallyRight() {
        Member member = newMember();
        String wrong = "{\"email\":\"%s\",\"password\":\"not-the-password\"}".formatted(member.email());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(post("/api/v1/auth/login", null, wrong).status()).isEqualTo(401);
        }

        Response throttled = post("/api/v1/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(member.email().toUpperCase(), member.password()));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asString()).isEqualTo("too-many-login-attempts");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void throttlesUnknownLoginNamesTheSameWay() {
        String unknown = "{\"email\":\"ghost-%s@test.rallypoint.dev\",\"password\":\"whatever-it-is\"}".formatted(UUID.randomUUID());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(post("/api/v1/auth/login", null, unknown).status()).isEqualTo(401);
        }
        assertThat(post("/api/v1/auth/login", null, unknown).status()).isEqualTo(429);
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        Member member = newMember();
        String wrong = "{\"email\":\"%s\",\"password\":\"not-the-password\"}".formatted(member.email());
        for (int attempt = 1; attempt <= 4; attempt++) {
            post("/api/v1/auth/login", null, wrong);
        }
        login(member.email(), member.password());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(post("/api/v1/auth/login", null, wrong).status()).isEqualTo(401);
        }
    }

    @Test
    void bootstrapsTheAdminFromConfiguration() throws Exception {
        Tokens admin = adminLogin();

        assertThat(SignedJWT.parse(admin.accessToken()).getJWTClaimsSet().getStringListClaim("roles"))
                .containsExactlyInAnyOrder("ADMIN", "MEMBER");
    }

    @Test
    void refusesASuspendedAccountWithTheRightPassword() {
        Member member = newMember();
        Tokens admin = adminLogin();
        assertThat(post("/api/v1/admin/users/" + member.id() + "/suspension", admin.accessToken(),
                "{\"reason\":\"abuse\"}").status()).isEqualTo(200);

        Response login = post("/api/v1/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(member.email(), member.password()));

        assertThat(login.status()).isEqualTo(403);
        assertThat(login.json().get("code").asString()).isEqualTo("account-suspended");
        assertThat(post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"%s\"}".formatted(member.tokens().refreshToken()))
                .status()).isEqualTo(401);
    }
}
