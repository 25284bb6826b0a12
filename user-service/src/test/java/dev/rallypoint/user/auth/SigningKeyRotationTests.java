package dev.rallypoint.user.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.support.security.AccessTokens;
import dev.rallypoint.support.security.SecurityProperties;
import dev.rallypoint.user.IdentityTestSupport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class SigningKeyRotationTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SigningKeys keys;

    /** How another service validates our tokens: keys fetched from the JWKS endpoint, cached. */
    private JwtDecoder anotherService() {
        SecurityProperties properties = new SecurityProperties(uri("/.well-known/jwks.json"), "https://rallypoint.dev/auth",
                "rallypoint-api", Duration.ofMinutes(5), Duration.ofSeconds(30), List.of(),
                new SecurityProperties.ServiceClient(null, null, URI.create("http://127.0.0.1/unused")), List.of());
        return AccessTokens.decoder(AccessTokens.remoteKeys(properties), properties);
    }

    @Test
    void publishesTheSigningKeyWithoutItsPrivateParts() {
        Response jwks = get("/.well-known/jwks.json", null);

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().get("keys").size()).isPositive();
        jwks.json().get("keys").forEach(key -> {
            assertThat(key.get("kty").asString()).isEqualTo("RSA");
            assertThat(key.has("kid")).isTrue();
            assertThat(key.has("d")).isFalse();
            assertThat(key.has("p")).isFalse();
        });
    }

    @Test
    void aRotatedInKeyIsAcceptedWithoutRestartAndARetiredKeyStopsAfterItsGracePeriod() {
        JwtDecoder service = anotherService();
        Member member = newMember();
        String oldToken = member.accessToken();
        String oldKid = AccessTokenClaims.keyId(oldToken);
        assertThat(service.decode(oldToken).getSubject()).isEqualTo(member.id().toString());

        Response rotation = post("/api/v1/admin/signing-keys/rotation", adminLogin().accessToken(), null);
        assertThat(rotation.status()).isEqualTo(200);
        String newKid = rotation.json().get("kid").asString();
        String newToken = login(member.email(), member.password()).accessToken();

        assertThat(AccessTokenClaims.keyId(newToken)).isEqualTo(newKid).isNotEqualTo(oldKid);
        assertThat(service.decode(newToken).getSubject()).as("new key fetched on first sight").isEqualTo(member.id().toString());
        assertThat(get("/api/v1/users/me", newToken).status()).isEqualTo(200);
        assertThat(get("/api/v1/users/me", oldToken).status()).as("old key in grace").isEqualTo(200);
        assertThat(get("/.well-known/jwks.json", null).body()).contains(oldKid, newKid);

        jdbc.sql("UPDATE signing_key SET expires_at = now() - interval '1 second' WHERE kid = ?").param(oldKid).update();
        keys.reload();

        assertThat(get("/.well-known/jwks.json", null).body()).doesNotContain(oldKid).contains(newKid);
        assertThat(get("/api/v1/users/me", oldToken).status()).isEqualTo(401);
        assertThatThrownBy(() -> anotherService().decode(oldToken)).isInstanceOf(JwtException.class);
        assertThat(get("/api/v1/users/me", newToken).status()).isEqualTo(200);
    }

    @Test
    void onlyAdminsRotateKeys() {
        assertThat(post("/api/v1/admin/signing-keys/rotation", newMember().accessToken(), null).status()).isEqualTo(403);
        assertThat(post("/api/v1/admin/signing-keys/rotation", null, null).status()).isEqualTo(401);
    }

    @Test
    void keepsPrivateKeysEncryptedAtRest() {
        keys.signingKey();
        List<byte[]> stored = jdbc.sql("SELECT private_key FROM signing_key").query(byte[].class).list();

        assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(bytes)
                .as("not a plain PKCS#8 DER (SEQUENCE)").satisfies(b -> assertThat(b[0] == 0x30 && b[1] == (byte) 0x82).isFalse()));
    }
}
