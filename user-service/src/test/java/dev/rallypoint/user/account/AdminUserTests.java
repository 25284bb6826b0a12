package dev.rallypoint.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.user.AccountSuspended;
import dev.rallypoint.common.event.user.UserRoleChanged;
import dev.rallypoint.user.EventOutbox;
import dev.rallypoint.user.IdentityTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AdminUserTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchesUsersByFiltersWithPaging() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            post("/api/v1/auth/signup", null, "{\"email\":\"find-%s-%d@test.rallypoint.dev\",\"password\":\"search-password\",\"nickname\":\"finder %d\"}"
                    .formatted(tag, i, i));
        }
        String admin = adminLogin().accessToken();

        JsonNode firstPage = get("/api/v1/admin/users?email=FIND-" + tag + "&size=2&page=0", admin).json();
        JsonNode secondPage = get("/api/v1/admin/users?email=find-" + tag + "&size=2&page=1", admin).json();

        assertThat(firstPage.get("totalElements").asLong()).isEqualTo(3);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.get("content").size()).isEqualTo(2);
        assertThat(secondPage.get("content").size()).isEqualTo(1);
        assertThat(get("/api/v1/admin/users?email=find-" + tag + "&role=ADMIN", admin).json().get("totalElements").asLong())
                .isZero();
        assertThat(get("/api/v1/admin/users?email=find-" + tag + "&role=MEMBER&status=ACTIVE&nickname=FINDER", admin).json()
                .get("totalElements").asLong()).isEqualTo(3);
    }

    @Test
    void changesRolesAndPublishesUserRoleChanged() {
        Member member = newMember();
        String admin = adminLogin().accessToken();

        Response changed = put("/api/v1/admin/users/" + member.id() + "/roles", admin, "{\"roles\":[\"MEMBER\",\"COURT_MANAGER\"]}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("roles").toString()).contains("COURT_MANAGER", "MEMBER");
        String event = EventOutbox.awaitSent(jdbc, UserRoleChanged.class, member.id().toString());
        assertThat(event).contains("COURT_MANAGER");
    }

    @Test
    void suspendsAndReinstates() {
        Member member = newMember();
        String admin = adminLogin().accessToken();

        Response suspended = post("/api/v1/admin/users/" + member.id() + "/suspension", admin, "{\"reason\":\"spam\"}");
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(EventOutbox.awaitSent(jdbc, AccountSuspended.class,
                member.id().toString())).contains("spam");
        assertThat(post("/api/v1/admin/users/" + member.id() + "/suspension", admin, "{\"reason\":\"again\"}").status())
                .isEqualTo(409);
        assertThat(post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"%s\"}".formatted(member.tokens().refreshToken()))
                .status()).isEqualTo(401);

        Response reinstated = delete("/api/v1/admin/users/" + member.id() + "/suspension", admin);

        assertThat(reinstated.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(login(member.email(), member.password()).accessToken()).isNotBlank();
    }

    @Test
    void anAdminCannotLockThemselfOut() {
        Tokens admin = adminLogin();
        String adminId = get("/api/v1/users/me", admin.accessToken()).json().get("id").asString();

        assertThat(post("/api/v1/admin/users/" + adminId + "/suspension", admin.accessToken(), "{\"reason\":\"oops\"}").status())
                .isEqualTo(409);
        assertThat(put("/api/v1/admin/users/" + adminId + "/roles", admin.accessToken(), "{\"roles\":[\"MEMBER\"]}").status())
                .isEqualTo(409);
    }

    @Test
    void answersUnknownUsersWithNotFound() {
        Response response = get("/api/v1/admin/users/" + UUID.randomUUID(), adminLogin().accessToken());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("user-not-found");
    }
}
