package dev.rallypoint.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.user.IdentityTestSupport;
import dev.rallypoint.user.TestMail;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-up reveals nothing about registered addresses; a one-time e-mailed link confirms the address. */
class EmailVerificationTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersASignUpForARegisteredAddressExactlyLikeOneForANewAddress() {
        Member member = newMember();
        String fresh = "fresh-" + UUID.randomUUID() + "@test.rallypoint.dev";

        Response forNew = signUp(fresh, "a-password-for-new", "newcomer");
        Response forTaken = signUp(member.email().toUpperCase(), "another-password", "copycat");

        assertThat(forTaken.status()).isEqualTo(forNew.status()).isEqualTo(202);
        assertThat(forTaken.body().replace(member.email(), "ADDRESS")).isEqualTo(forNew.body().replace(fresh, "ADDRESS"));
        assertThat(accountsWith(member.email())).isEqualTo(1);
        assertThat(TestMail.subject(TestMail.awaitMail(member.email(), 2))).isEqualTo("Someone tried to sign up with your e-mail address");
        assertThat(TestMail.body(TestMail.mailTo(member.email()).get(1))).doesNotContain("token=");
        assertThat(login(member.email(), member.password()).accessToken()).isNotBlank();
    }

    @Test
    void anUnverifiedMemberMaySignInButNotPayUntilTheLinkIsFollowed() {
        Member member = newUnverifiedMember();
        assertThat(claims(member.accessToken()).get("email_verified").asBoolean()).isFalse();

        Response refused = charge(member.accessToken());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("email-not-verified");

        confirmEmail(member.email(), 1);
        Tokens refreshed = Tokens.of(post("/api/v1/auth/refresh", null,
                "{\"refreshToken\":\"%s\"}".formatted(member.tokens().refreshToken())).json());

        assertThat(claims(refreshed.accessToken()).get("email_verified").asBoolean()).isTrue();
        assertThat(charge(refreshed.accessToken()).status()).isEqualTo(201);
    }

    @Test
    void aVerificationLinkWorksOnceAndNotAfterItExpires() {
        Member member = newUnverifiedMember();
        String token = TestMail.linkToken(TestMail.awaitMail(member.email(), 1));

        assertThat(verify(token).status()).isEqualTo(204);
        Response again = verify(token);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asString()).isEqualTo("invalid-email-token");

        Member late = newUnverifiedMember();
        String lateToken = TestMail.linkToken(TestMail.awaitMail(late.email(), 1));
        jdbc.sql("UPDATE email_token SET expires_at = now() - interval '1 second' WHERE account_id = ?").param(late.id()).update();
        assertThat(verify(lateToken).status()).isEqualTo(400);
        assertThat(verify("not-a-token-we-sent").status()).isEqualTo(400);
    }

    @Test
    void aRetriedSignUpMakesNoSecondAccountAndTheLatestLinkSetsItsPassword() {
        String email = "retry-" + UUID.randomUUID() + "@test.rallypoint.dev";
        Response first = signUp(email, "squatter-password", "squatter");
        Response second = signUp(email, "owner-password-1", "owner");

        assertThat(second.status()).isEqualTo(first.status()).isEqualTo(202);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(accountsWith(email)).isEqualTo(1);
        String firstLink = TestMail.linkToken(TestMail.awaitMail(email, 1));
        String secondLink = TestMail.linkToken(TestMail.awaitMail(email, 2));
        assertThat(verify(firstLink).status()).as("a newer link replaces the older").isEqualTo(400);

        assertThat(verify(secondLink).status()).isEqualTo(204);
        assertThat(post("/api/v1/auth/login", null, "{\"email\":\"%s\",\"password\":\"squatter-password\"}".formatted(email)).status())
                .as("whoever registered the address before its owner loses the account").isEqualTo(401);
        assertThat(claims(login(email, "owner-password-1").accessToken()).get("email_verified").asBoolean()).isTrue();
    }

    private Response signUp(String email, String password, String nickname) {
        return post("/api/v1/auth/signup", null,
                "{\"email\":\"%s\",\"password\":\"%s\",\"nickname\":\"%s\"}".formatted(email, password, nickname));
    }

    private Response verify(String token) {
        return post("/api/v1/auth/email-verification", null, "{\"token\":\"%s\"}".formatted(token));
    }

    private Response charge(String accessToken) {
        return send(HttpRequest.newBuilder(uri("/api/v1/wallet/charges"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"points\": 1000}")), accessToken);
    }

    private long accountsWith(String email) {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE email = ?").param(email.toLowerCase()).query(Long.class).single();
    }
}
