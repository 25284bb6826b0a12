package dev.rallypoint.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.user.IdentityTestSupport;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Missing, malformed, mistyped and oversized input answers 4xx problems and stores nothing. */
class BadInputTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    private long accounts() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "{",
            "[]",
            "{}",
            "{\"password\":\"long-enough-password\",\"nickname\":\"nick\"}",
            "{\"email\":\"not-an-email\",\"password\":\"long-enough-password\",\"nickname\":\"nick\"}",
            "{\"email\":\"%s\",\"password\":\"short\",\"nickname\":\"nick\"}",
            "{\"email\":\"%s\",\"password\":\"long-enough-password\"}",
            "{\"email\":\"%s\",\"password\":\"long-enough-password\",\"nickname\":\"<script>\"}",
            "{\"email\":\"%s\",\"password\":\"long-enough-password\",\"nickname\":\"x\"}",
            "{\"email\":\"%s\",\"password\":\"long-enough-password\",\"nickname\":\"nick-name-that-is-far-too-long-for-us\"}",
            "{\"email\":[\"%s\"],\"password\":\"long-enough-password\",\"nickname\":\"nick\"}",
            "{\"email\":\"%s\",\"password\":{\"a\":1},\"nickname\":\"nick\"}",
            "{\"email\":\"%s\",\"password\":\"PASSWORD_OF_129\",\"nickname\":\"nick\"}" })
    void signUpRefusesBadInputAndStoresNothing(String template) {
        String body = template.replace("%s", "bad-" + UUID.randomUUID() + "@test.rallypoint.dev")
                .replace("PASSWORD_OF_129", "p".repeat(129));
        long before = accounts();

        Response response = post("/api/v1/auth/signup", null, body);

        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isIn("validation-failed", "malformed-body");
        assertThat(response.body()).doesNotContain("Exception", "at dev.", "at org.");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void namesTheRejectedFields() {
        Response response = post("/api/v1/auth/signup", null, "{\"email\":\"nope\",\"password\":\"short\",\"nickname\":\"nick\"}");

        assertThat(response.json().get("errors").toString()).contains("email", "password");
    }

    @Test
    void refusesAnOversizedBody() {
        long before = accounts();

        Response response = post("/api/v1/auth/signup", null, "{\"email\":\"big@test.rallypoint.dev\",\"password\":\""
                + "x".repeat(100_000) + "\",\"nickname\":\"big\"}");

        assertThat(response.status()).isBetween(400, 413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(accounts()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"ntrpLevel\":7.5}",
            "{\"ntrpLevel\":0.5}",
            "{\"ntrpLevel\":3.3}",
            "{\"ntrpLevel\":\"strong\"}",
            "{\"phone\":\"call me\"}",
            "{\"nickname\":\"\"}",
            "{\"homeRegion\":\"HOME_REGION_OF_61\"}",
            "{\"notifications\":\"all\"}",
            "not json" })
    void profileUpdateRefusesBadInputAndChangesNothing(String body) {
        Member member = newMember();
        JsonNode before = get("/api/v1/users/me", member.accessToken()).json();

        Response response = patch("/api/v1/users/me", member.accessToken(), body.replace("HOME_REGION_OF_61", "r".repeat(61)));

        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/v1/users/me", member.accessToken()).json()).isEqualTo(before);
    }

    @Test
    void adminSearchRefusesBadParameters() {
        String admin = adminLogin().accessToken();

        assertThat(get("/api/v1/admin/users?size=1000", admin).status()).isEqualTo(400);
        assertThat(get("/api/v1/admin/users?page=-1", admin).status()).isEqualTo(400);
        assertThat(get("/api/v1/admin/users?status=BOGUS", admin).status()).isEqualTo(400);
        assertThat(get("/api/v1/admin/users?role=SERVICE", admin).status()).isEqualTo(200);
        assertThat(get("/api/v1/admin/users/not-a-uuid", admin).status()).isEqualTo(400);
    }

    @Test
    void roleChangeRefusesUnknownAndServiceRoles() {
        Member member = newMember();
        String admin = adminLogin().accessToken();

        assertThat(put("/api/v1/admin/users/" + member.id() + "/roles", admin, "{\"roles\":[\"SERVICE\"]}").status()).isEqualTo(400);
        assertThat(put("/api/v1/admin/users/" + member.id() + "/roles", admin, "{\"roles\":[\"GOD\"]}").status()).isEqualTo(400);
        assertThat(put("/api/v1/admin/users/" + member.id() + "/roles", admin, "{\"roles\":[]}").status()).isEqualTo(400);
        assertThat(get("/api/v1/users/me", member.accessToken()).json().get("roles").toString()).isEqualTo("[\"MEMBER\"]");
    }
}
