package dev.rallypoint.support.security;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * This service's own access token for system work without a user (a scheduled job, an event
 * consumer calling another service): obtained from user-service with the client credentials in
 * {@code rallypoint.security.service-client}, reused until shortly before it expires. Calls made for
 * a user carry that user's token instead.
 */
public class ServiceTokens {

    /** A token is renewed this long before it expires, so it never expires in flight. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final SecurityProperties.ServiceClient client;

    private final RestClient http;

    private final Clock clock;

    private Token current;

    public ServiceTokens(SecurityProperties.ServiceClient client, Clock clock) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build());
        requests.setReadTimeout(Duration.ofSeconds(2));
        this.client = client;
        this.http = RestClient.builder().requestFactory(requests).build();
        this.clock = clock;
    }

    /** A valid service token, fetched when none is held or the held one is about to expire. */
    public synchronized String token() {
        if (!client.configured()) {
            throw new IllegalStateException("rallypoint.security.service-client.id is not set");
        }
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            current = fetch(now);
        }
        return current.value();
    }

    /** The {@code Authorization} header value for a call made as this service. */
    public String authorization() {
        return "Bearer " + token();
    }

    private Token fetch(Instant now) {
        String credentials = Base64.getEncoder().encodeToString(
                (client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> response = http.post().uri(client.tokenUri())
                .header(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body("grant_type=client_credentials")
                .retrieve()
                .body(JSON_OBJECT);
        if (response == null || !(response.get("access_token") instanceof String token)
                || !(response.get("expires_in") instanceof Number expiresIn)) {
            throw new IllegalStateException("user-service answered no service token");
        }
        return new Token(token, now.plusSeconds(expiresIn.longValue()));
    }

    private record Token(String value, Instant expiresAt) {
    }
}
