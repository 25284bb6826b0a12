package dev.rallypoint.user.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.common.identity.TokenRevocation;
import dev.rallypoint.user.IdentityTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Suspension, withdrawal and a password change tell the gateways, through Redis, to refuse the
 * member's access tokens issued until then (the gateway's side: GatewayRevocationTests).
 */
class AccessTokenRevocationTests extends IdentityTestSupport {

    @Autowired
    StringRedisTemplate redis;

    @Value("${rallypoint.redis.key-prefix}")
    String keyPrefix;

    final List<String> published = new CopyOnWriteArrayList<>();

    RedisMessageListenerContainer listener;

    @BeforeEach
    void listen() {
        listener = new RedisMessageListenerContainer();
        listener.setConnectionFactory(redis.getConnectionFactory());
        listener.addMessageListener((message, pattern) -> published.add(new String(message.getBody())),
                new ChannelTopic(keyPrefix + TokenRevocation.CHANNEL));
        listener.afterPropertiesSet();
        listener.start();
    }

    @AfterEach
    void stopListening() throws Exception {
        listener.destroy();
    }

    @Test
    void aSuspensionRevokesTheMembersAccessTokens() {
        Member member = newMember();

        assertThat(post("/api/v1/admin/users/" + member.id() + "/suspension", adminLogin().accessToken(), "{\"reason\":\"abuse\"}")
                .status()).isEqualTo(200);

        assertRevoked(member);
    }

    @Test
    void aPasswordChangeRevokesTheMembersAccessTokens() {
        Member member = newMember();

        assertThat(put("/api/v1/users/me/password", member.accessToken(),
                "{\"currentPassword\":\"%s\",\"newPassword\":\"another-long-password\"}".formatted(member.password())).status())
                .isEqualTo(204);

        assertRevoked(member);
    }

    @Test
    void aWithdrawalRevokesTheMembersAccessTokens() {
        Member member = newMember();

        assertThat(post("/api/v1/users/me/withdrawal", member.accessToken(), "{\"password\":\"%s\"}".formatted(member.password()))
                .status()).isEqualTo(204);

        assertRevoked(member);
    }

    @Test
    void nothingIsRevokedForAProfileChange() {
        Member member = newMember();

        patch("/api/v1/users/me", member.accessToken(), "{\"homeRegion\":\"Seoul\"}");

        assertThat(redis.hasKey(keyFor(member))).isFalse();
    }

    private void assertRevoked(Member member) {
        Instant issuedAt = Instant.ofEpochSecond(claims(member.accessToken()).get("iat").asLong());
        String key = keyFor(member);
        TokenRevocation stored = TokenRevocation.parse(keyPrefix, key, redis.opsForValue().get(key)).orElseThrow();
        assertThat(stored.revokes(issuedAt)).isTrue();
        assertThat(redis.getExpire(key)).as("kept as long as an access token lives, and no longer")
                .isBetween(Duration.ofMinutes(15).toSeconds(), Duration.ofMinutes(16).toSeconds());
        await().atMost(Duration.ofSeconds(5)).until(() -> published.contains(stored.message()));
    }

    private String keyFor(Member member) {
        return keyPrefix + TokenRevocation.KEY + TokenRevocation.userScope(member.id().toString());
    }
}
