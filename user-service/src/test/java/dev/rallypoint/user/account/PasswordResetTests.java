package dev.rallypoint.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.user.IdentityTestSupport;
import dev.rallypoint.user.TestMail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Password reset by a one-time, short-lived e-mailed link that answers alike for unknown addresses. */
class PasswordResetTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersAlikeForKnownAndUnknownAddressesAndMailsOnlyTheKnownOne() {
        Member member = newMember();
        String unknown = "unknown-" + UUID.randomUUID() + "@test.rallypoint.dev";

        Response known = requestReset(member.email());
        Response notKnown = requestReset(unknown);

        assertThat(known.status()).isEqualTo(notKnown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(notKnown.body());
        assertThat(TestMail.subject(TestMail.awaitMail(member.email(), 2))).isEqualTo("Reset your RallyPoint password");
        assertThat(TestMail.mailTo(unknown)).isEmpty();
    }

    @Test
    void aResetLinkSetsTheNewPasswordOnceAndEndsEverySession() {
        Member member = newMember();
        requestReset(member.email());
        String token = TestMail.linkToken(TestMail.awaitMail(member.email(), 2));

        assertThat(confirm(token, "brand-new-password").status()).isEqualTo(204);

        assertThat(post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"%s\"}".formatted(member.tokens().refreshToken())).status())
                .isEqualTo(401);
        assertThat(post("/api/v1/auth/login", null, "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(member.email(), member.password()))
                .status()).isEqualTo(401);
        assertThat(login(member.email(), "brand-new-password").accessToken()).isNotBlank();
        Response reused = confirm(token, "yet-another-password");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("code").asString()).isEqualTo("invalid-email-token");
    }

    @Test
    void anExpiredOrSupersededLinkDoesNothing() {
        Member member = newMember();
        requestReset(member.email());
        String older = TestMail.linkToken(TestMail.awaitMail(member.email(), 2));
        requestReset(member.email());
        String newer = TestMail.linkToken(TestMail.awaitMail(member.email(), 3));

        assertThat(confirm(older, "brand-new-password").status()).isEqualTo(400);
        jdbc.sql("UPDATE email_token SET expires_at = now() - interval '1 second' WHERE account_id = ?").param(member.id()).update();
        assertThat(confirm(newer, "brand-new-password").status()).isEqualTo(400);
        assertThat(login(member.email(), member.password()).accessToken()).isNotBlank();
    }

    @Test
    void refusesAShortNewPasswordAndKeepsTheLink() {
        Member member = newMember();
        requestReset(member.email());
        String token = TestMail.linkToken(TestMail.awaitMail(member.email(), 2));

        assertThat(confirm(token, "short").status()).isEqualTo(400);
        assertThat(confirm(token, "long-enough-password").status()).isEqualTo(204);
    }

    private Response requestReset(String email) {
        return post("/api/v1/auth/password-reset", null, "{\"email\":\"%s\"}".formatted(email));
    }

    private Response confirm(String token, String newPassword) {
        return post("/api/v1/auth/password-reset/confirmation", null,
                "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(token, newPassword));
    }
}
