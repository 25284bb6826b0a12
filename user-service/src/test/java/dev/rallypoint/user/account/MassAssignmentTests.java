package dev.rallypoint.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.user.IdentityTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Request bodies carrying fields a client must never set change nothing. */
class MassAssignmentTests extends IdentityTestSupport {

    @Test
    void signUpIgnoresRoleIdPointsAndStatus() {
        UUID chosenId = UUID.randomUUID();
        String email = "sneaky-" + UUID.randomUUID() + "@test.rallypoint.dev";

        Response signUp = post("/api/v1/auth/signup", null, """
                {"email":"%s","password":"sneaky-password","nickname":"sneaky",
                 "id":"%s","role":"ADMIN","roles":["ADMIN","COURT_MANAGER"],"points":1000000,"status":"SUSPENDED",
                 "passwordHash":"x","createdAt":"2000-01-01T00:00:00Z"}""".formatted(email, chosenId));

        assertThat(signUp.status()).isEqualTo(202);
        Tokens tokens = login(email, "sneaky-password");
        JsonNode profile = get("/api/v1/users/me", tokens.accessToken()).json();
        assertThat(profile.get("id").asString()).isNotEqualTo(chosenId.toString());
        assertThat(profile.get("roles").toString()).isEqualTo("[\"MEMBER\"]");
        assertThat(profile.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(profile.has("points")).isFalse();
        assertThat(dev.rallypoint.user.auth.TestClaims.roles(tokens.accessToken())).containsExactly("MEMBER");
        assertThat(get("/api/v1/admin/users", tokens.accessToken()).status()).isEqualTo(403);
    }

    @Test
    void profileUpdateIgnoresRoleIdEmailPointsAndStatus() {
        Member member = newMember();

        Response updated = patch("/api/v1/users/me", member.accessToken(), """
                {"nickname":"renamed","id":"%s","email":"taken@evil.example","role":"ADMIN","roles":["ADMIN"],
                 "points":999999,"status":"SUSPENDED","suspensionReason":"x"}""".formatted(UUID.randomUUID()));

        assertThat(updated.status()).isEqualTo(200);
        JsonNode me = get("/api/v1/users/me", member.accessToken()).json();
        assertThat(me.get("nickname").asString()).isEqualTo("renamed");
        assertThat(me.get("id").asString()).isEqualTo(member.id().toString());
        assertThat(me.get("email").asString()).isEqualTo(member.email());
        assertThat(me.get("roles").toString()).isEqualTo("[\"MEMBER\"]");
        assertThat(me.get("status").asString()).isEqualTo("ACTIVE");
    }
}
