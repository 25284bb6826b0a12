package dev.rallypoint.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceTokensTests {

    private HttpServer userService;

    private final AtomicInteger issued = new AtomicInteger();

    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private final List<String> bodies = new CopyOnWriteArrayList<>();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        userService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        userService.createContext("/api/v1/auth/service-tokens", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"access_token\":\"token-%d\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                    .formatted(issued.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        userService.start();
    }

    @AfterEach
    void stop() {
        userService.stop(0);
    }

    private ServiceTokens tokens(String id, String secret) {
        URI tokenUri = URI.create("http://127.0.0.1:" + userService.getAddress().getPort() + "/api/v1/auth/service-tokens");
        return new ServiceTokens(new SecurityProperties.ServiceClient(id, secret, tokenUri), clock);
    }

    @Test
    void asksWithClientCredentialsAndReusesTheTokenUntilShortlyBeforeItExpires() {
        ServiceTokens tokens = tokens("court-service", "s3cret");

        assertThat(tokens.token()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(4));
        assertThat(tokens.authorization()).isEqualTo("Bearer token-1");
        clock.advance(Duration.ofSeconds(31));
        assertThat(tokens.token()).isEqualTo("token-2");

        assertThat(issued).hasValue(2);
        assertThat(bodies).allMatch("grant_type=client_credentials"::equals);
        assertThat(authorizations.getFirst()).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString("court-service:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesToWorkWithoutCredentials() {
        assertThatThrownBy(() -> tokens(null, null).token()).isInstanceOf(IllegalStateException.class);
        assertThat(issued).hasValue(0);
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
