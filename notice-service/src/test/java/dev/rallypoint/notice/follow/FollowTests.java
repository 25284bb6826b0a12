package dev.rallypoint.notice.follow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.notice.NoticeServiceTest;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Following a club is announced once per change; repeating it changes and announces nothing. */
@NoticeServiceTest
class FollowTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void followingAndUnfollowingAreAnnouncedOncePerChange() {
        Api api = new Api(port);
        UUID member = UUID.randomUUID();
        UUID club = UUID.randomUUID();
        String path = "/api/v1/clubs/" + club + "/notices/subscription";

        assertThat(api.put(path, TestTokens.member(member), null).status()).isEqualTo(204);
        assertThat(api.put(path, TestTokens.member(member), null).status()).isEqualTo(204);
        assertThat(api.get(path, TestTokens.member(member)).json().path("following").asBoolean()).isTrue();
        assertThat(api.get(path, TestTokens.member(UUID.randomUUID())).json().path("following").asBoolean()).isFalse();
        assertThat(announced("ClubFollowed", member)).isEqualTo(1);

        assertThat(api.delete(path, TestTokens.member(member)).status()).isEqualTo(204);
        assertThat(api.delete(path, TestTokens.member(member)).status()).isEqualTo(204);
        assertThat(announced("ClubUnfollowed", member)).isEqualTo(1);
        assertThat(api.put(path, null, null).status()).isEqualTo(401);
    }

    private long announced(String type, UUID member) {
        return jdbc.sql("select count(*) from event_publication where event_type like :type and serialized_event like :member")
                .param("type", "%." + type).param("member", "%" + member + "%").query(Long.class).single();
    }
}
