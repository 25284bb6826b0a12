package dev.rallypoint.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running user-service shared by the identity tests (one Spring context for all of them), and a
 * small HTTP client that talks to it like a frontend does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MockProviders.class, TestMail.class })
public abstract class IdentityTestSupport {

    public static final String ADMIN_EMAIL = "admin@test.rallypoint.dev";

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected Response get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    protected Response post(String path, String token, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)), token);
    }

    protected Response put(String path, String token, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    protected Response patch(String path, String token, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)), token);
    }

    protected Response delete(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), token);
    }

    protected Response send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A new member: signed up, e-mail address confirmed through the link mailed to it, logged in. */
    protected Member newMember() {
        String[] credentials = signUpNewMember();
        confirmEmail(credentials[0], 1);
        return loggedIn(credentials[0], credentials[1]);
    }

    /** A new member who signed up and logged in but has not followed the verification link yet. */
    protected Member newUnverifiedMember() {
        String[] credentials = signUpNewMember();
        return loggedIn(credentials[0], credentials[1]);
    }

    private String[] signUpNewMember() {
        String email = "member-" + UUID.randomUUID() + "@test.rallypoint.dev";
        String password = "password-" + UUID.randomUUID();
        Response signUp = post("/api/v1/auth/signup", null,
                "{\"email\":\"%s\",\"password\":\"%s\",\"nickname\":\"player one\"}".formatted(email, password));
        if (signUp.status() != 202) {
            throw new IllegalStateException("Sign-up failed: " + signUp);
        }
        return new String[] { email, password };
    }

    private Member loggedIn(String email, String password) {
        Tokens tokens = login(email, password);
        return new Member(subject(tokens.accessToken()), email, password, tokens);
    }

    /** Follows the link of the {@code nth} e-mail sent to the address. */
    protected void confirmEmail(String email, int nth) {
        String token = TestMail.linkToken(TestMail.awaitMail(email, nth));
        Response verified = post("/api/v1/auth/email-verification", null, "{\"token\":\"%s\"}".formatted(token));
        if (verified.status() != 204) {
            throw new IllegalStateException("Verification failed: " + verified);
        }
    }

    /** The claims of an access token (read, not verified). */
    protected static JsonNode claims(String accessToken) {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    }

    private static UUID subject(String accessToken) {
        return UUID.fromString(claims(accessToken).get("sub").asString());
    }

    protected Tokens login(String email, String password) {
        Response login = post("/api/v1/auth/login", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
        if (login.status() != 200) {
            throw new IllegalStateException("Login failed: " + login);
        }
        return Tokens.of(login.json());
    }

    protected Tokens adminLogin() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public record Member(UUID id, String email, String password, Tokens tokens) {

        public String accessToken() {
            return tokens.accessToken();
        }
    }

    public record Tokens(String accessToken, String refreshToken) {

        public static Tokens of(JsonNode body) {
            return new Tokens(body.get("accessToken").asString(), body.get("refreshToken").asString());
        }
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
