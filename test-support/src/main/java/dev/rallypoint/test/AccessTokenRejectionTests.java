package dev.rallypoint.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every way an access token can be wrong, sent to a protected endpoint: each must answer 401 with
 * a problem body. Run against the gateway and against services called directly; a subclass names
 * the endpoint, which must answer something other than 401 to a valid token.
 */
public abstract class AccessTokenRejectionTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final UUID USER = UUID.randomUUID();

    /** A protected endpoint of the system under test. */
    protected abstract URI protectedEndpoint();

    static Stream<Named<Supplier<String>>> invalidTokens() {
        return Stream.of(
                Named.of("alg=none", () -> TestTokens.unsigned(USER)),
                Named.of("HS256 signed with the public key", () -> TestTokens.hmacSignedWithThePublicKey(USER)),
                Named.of("unknown kid", () -> TestTokens.token().subject(USER.toString()).unknownKey().sign()),
                Named.of("known kid, other key", () -> TestTokens.token().subject(USER.toString()).unknownKey()
                        .keyId(TestTokens.currentKey().getKeyID()).sign()),
                Named.of("wrong iss", () -> TestTokens.token().subject(USER.toString()).issuer("https://evil.example").sign()),
                Named.of("wrong aud", () -> TestTokens.token().subject(USER.toString()).audience("another-api").sign()),
                Named.of("expired", () -> TestTokens.token().subject(USER.toString()).expired().sign()),
                Named.of("nbf in the future", () -> TestTokens.token().subject(USER.toString())
                        .notBefore(Instant.now().plusSeconds(600)).sign()),
                Named.of("not an access token (typ refresh+jwt)", () -> TestTokens.token().subject(USER.toString())
                        .type("refresh+jwt").sign()),
                Named.of("plain JWT without typ", () -> TestTokens.token().subject(USER.toString()).type(null).sign()),
                Named.of("opaque refresh token", () -> "rt_" + UUID.randomUUID().toString().replace("-", "")),
                Named.of("tampered payload", () -> TestTokens.tampered(USER)),
                Named.of("garbage", () -> "not.a.token"));
    }

    @ParameterizedTest(name = "{0} -> 401")
    @MethodSource("invalidTokens")
    void rejects(Supplier<String> token) throws Exception {
        HttpResponse<String> response = call("Bearer " + token.get());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("Bearer"));
    }

    /**
     * Each token names a key nobody published, so each asks for the key set again; beyond the re-fetch
     * limit that is refused by the key source, which must still be a 401 (not a 500 with a stack trace).
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void rejectsABurstOfTokensSignedByUnknownKeys(CapturedOutput output) throws Exception {
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int call = 0; call < 20; call++) {
                String token = TestTokens.token().subject(USER.toString()).unknownKey().sign();
                calls.add(callers.submit(() -> call("Bearer " + token)));
            }
        }

        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
        }
        assertThat(output.getAll()).doesNotContain("RateLimitReachedException", "KeySourceException");
    }

    @Test
    void rejectsACallWithoutToken() throws Exception {
        assertThat(call(null).statusCode()).isEqualTo(401);
    }

    @Test
    void acceptsAValidToken() throws Exception {
        assertThat(call("Bearer " + TestTokens.member(USER)).statusCode()).isNotEqualTo(401);
    }

    private HttpResponse<String> call(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(protectedEndpoint()).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
