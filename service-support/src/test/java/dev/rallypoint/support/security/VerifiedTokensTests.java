package dev.rallypoint.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTests {

    final SecurityProperties properties = new SecurityProperties(URI.create("http://127.0.0.1:1/jwks"),
            "https://rallypoint.dev/auth", "rallypoint-api", Duration.ofMinutes(5), Duration.ZERO, List.of(),
            new SecurityProperties.ServiceClient(null, null, null), List.of());

    final AtomicInteger verifications = new AtomicInteger();

    @Test
    void verifiesAMembersRepeatedTokenOnce() {
        Jwt token = accessToken(Instant.now().plusSeconds(60));
        JwtDecoder verifying = value -> verified(token);
        JwtDecoder decoder = new VerifiedTokens(properties).in(verifying);

        assertThat(decoder.decode("the-token")).isSameAs(token);
        assertThat(decoder.decode("the-token")).isSameAs(token);
        assertThat(decoder.decode("the-token")).isSameAs(token);

        assertThat(verifications).hasValue(1);
    }

    @Test
    void keepsNoTokenThatFailedVerification() {
        JwtDecoder refusing = value -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        };
        JwtDecoder decoder = new VerifiedTokens(properties).in(refusing);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void refusesAKeptTokenOnceItExpired() throws Exception {
        Jwt token = accessToken(Instant.now().plusMillis(1500));
        JwtDecoder verifying = value -> verified(token);
        JwtDecoder decoder = new VerifiedTokens(properties).in(verifying);
        assertThat(decoder.decode("short-lived")).isSameAs(token);
        assertThat(decoder.decode("short-lived")).isSameAs(token);

        Thread.sleep(1600);

        assertThatThrownBy(() -> decoder.decode("short-lived")).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void verifiesOnceOnTheReactivePathToo() {
        Jwt token = accessToken(Instant.now().plusSeconds(60));
        ReactiveJwtDecoder verifying = value -> Mono.fromCallable(() -> verified(token));
        ReactiveJwtDecoder decoder = new VerifiedTokens(properties).in(verifying);

        assertThat(decoder.decode("the-token").block()).isSameAs(token);
        assertThat(decoder.decode("the-token").block()).isSameAs(token);

        assertThat(verifications).hasValue(1);
    }

    private Jwt verified(Jwt token) {
        verifications.incrementAndGet();
        return token;
    }

    private Jwt accessToken(Instant expiresAt) {
        Instant now = Instant.now();
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .header("typ", AccessTokens.TYPE)
                .issuer(properties.issuer())
                .audience(List.of(properties.audience()))
                .subject(UUID.randomUUID().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString())
                .claim("client_id", "rallypoint-web")
                .build();
    }
}
