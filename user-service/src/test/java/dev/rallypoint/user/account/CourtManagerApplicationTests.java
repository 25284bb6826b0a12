package dev.rallypoint.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.user.CourtManagerApplicationDecided;
import dev.rallypoint.common.event.user.UserRoleChanged;
import dev.rallypoint.user.EventOutbox;
import dev.rallypoint.user.IdentityTestSupport;
import dev.rallypoint.user.auth.TestClaims;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CourtManagerApplicationTests extends IdentityTestSupport {

    private static final String APPLICATION = "{\"clubName\":\"Mapo Tennis Club\",\"businessNumber\":\"123-45-67890\",\"message\":\"We run 6 courts\"}";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApprovedApplicantBecomesCourtManagerAtTheNextRefresh() {
        Member member = newMember();
        Response applied = post("/api/v1/users/me/court-manager-application", member.accessToken(), APPLICATION);
        assertThat(applied.status()).isEqualTo(201);
        String id = applied.json().get("id").asString();
        Response retried = post("/api/v1/users/me/court-manager-application", member.accessToken(), APPLICATION);
        assertThat(retried.status()).as("a retry of the same request answers the same").isEqualTo(201);
        assertThat(retried.json().get("id").asString()).isEqualTo(id);
        assertThat(post("/api/v1/users/me/court-manager-application", member.accessToken(),
                APPLICATION.replace("6 courts", "7 courts")).status()).as("one pending application at a time").isEqualTo(409);
        String admin = adminLogin().accessToken();
        assertThat(get("/api/v1/admin/court-manager-applications?status=PENDING&size=100", admin).body()).contains(id);

        Response approved = post("/api/v1/admin/court-manager-applications/" + id + "/approval", admin, null);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(post("/api/v1/admin/court-manager-applications/" + id + "/approval", admin, null).status()).isEqualTo(409);
        assertThat(get("/api/v1/users/me/court-manager-application", member.accessToken()).json().get("status").asString())
                .isEqualTo("APPROVED");
        String refreshed = post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"%s\"}".formatted(member.tokens().refreshToken()))
                .json().get("accessToken").asString();
        assertThat(TestClaims.roles(refreshed)).containsExactlyInAnyOrder("MEMBER", "COURT_MANAGER");
        assertThat(EventOutbox.awaitSent(jdbc, UserRoleChanged.class, member.id().toString())).contains("COURT_MANAGER");
        assertThat(EventOutbox.awaitSent(jdbc, CourtManagerApplicationDecided.class, member.id().toString()))
                .contains("\"approved\":true");
    }

    @Test
    void aRejectedApplicantStaysMemberAndMayApplyAgain() {
        Member member = newMember();
        String id = post("/api/v1/users/me/court-manager-application", member.accessToken(), APPLICATION).json().get("id").asString();
        String admin = adminLogin().accessToken();

        Response rejected = post("/api/v1/admin/court-manager-applications/" + id + "/rejection", admin, "{\"reason\":\"No business registration found\"}");

        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(EventOutbox.awaitSent(jdbc, CourtManagerApplicationDecided.class, id))
                .contains("\"approved\":false").contains("No business registration found");
        assertThat(get("/api/v1/users/me", member.accessToken()).json().get("roles").toString()).isEqualTo("[\"MEMBER\"]");
        assertThat(post("/api/v1/users/me/court-manager-application", member.accessToken(), APPLICATION).status()).isEqualTo(201);
    }

    @Test
    void membersCannotDecideApplications() {
        Member member = newMember();
        String id = post("/api/v1/users/me/court-manager-application", member.accessToken(), APPLICATION).json().get("id").asString();

        assertThat(post("/api/v1/admin/court-manager-applications/" + id + "/approval", member.accessToken(), null).status())
                .isEqualTo(403);
        assertThat(get("/api/v1/users/me", member.accessToken()).json().get("roles").toString()).isEqualTo("[\"MEMBER\"]");
    }
}
