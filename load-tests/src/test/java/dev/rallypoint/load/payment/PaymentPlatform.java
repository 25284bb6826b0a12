package dev.rallypoint.load.payment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets up the saga benchmark on a platform started by {@code bin/rallypoint up}: members with points
 * in their wallets and a club with courts open around the clock.
 *
 * <p>Settings (system properties): {@code gateway} (default {@code http://127.0.0.1:8080});
 * {@code userService} (default {@code http://127.0.0.1:8081}: members sign up and log in there
 * directly, past the gateway's authentication budget); {@code adminEmail}/{@code adminPassword}
 * (defaults {@code ADMIN_EMAIL}/{@code ADMIN_PASSWORD}) or {@code adminToken}.
 */
final class PaymentPlatform {

    static final String GATEWAY = System.getProperty("gateway", "http://127.0.0.1:8080");

    static final String USER_SERVICE = System.getProperty("userService", "http://127.0.0.1:8081");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private PaymentPlatform() {
    }

    /** {@code count} new members, each with {@code points} charged to their wallet; answers their tokens. */
    static List<String> fundedMembers(int count, long points) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Future<String>> tokens = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < count; i++) {
                String email = "saga-" + run + "-" + i + "@load.rallypoint.dev";
                tokens.add(threads.submit(() -> {
                    String token = signUpAndLogIn(email);
                    send(post(GATEWAY + "/api/v1/wallet/charges", token, "{\"points\":" + points + "}")
                            .header("Idempotency-Key", UUID.randomUUID().toString()), 201);
                    return token;
                }));
            }
        }
        List<String> result = new ArrayList<>();
        for (Future<String> token : tokens) {
            try {
                result.add(token.get());
            }
            catch (Exception ex) {
                throw new IllegalStateException("Could not create a funded member: " + ex.getMessage(), ex);
            }
        }
        return result;
    }

    static String adminToken() {
        String token = System.getProperty("adminToken");
        if (token != null) {
            return token;
        }
        String email = System.getProperty("adminEmail", System.getenv().getOrDefault("ADMIN_EMAIL", "admin@rallypoint.dev"));
        String password = System.getProperty("adminPassword", System.getenv("ADMIN_PASSWORD"));
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Set -DadminPassword (or ADMIN_PASSWORD) or -DadminToken");
        }
        return logIn(email, password);
    }

    /**
     * A club open around the clock in UTC with {@code courts} courts at 10,000 points an hour,
     * bookable 30 days ahead with no notice, up to 100 upcoming reservations per member.
     */
    static List<String> clubWithCourts(String adminToken, int courts) {
        String clubId = id(send(post(GATEWAY + "/api/v1/admin/clubs", adminToken, "{\"name\":\"Saga club " + UUID.randomUUID()
                + "\",\"address\":\"1 Benchmark Road\",\"region\":\"Load\",\"timeZone\":\"UTC\"}"), 201));
        String base = GATEWAY + "/api/v1/manager/clubs/" + clubId;
        StringBuilder hours = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.append(hours.isEmpty() ? "" : ",").append("{\"day\":\"").append(day)
                    .append("\",\"opens\":\"00:00\",\"closes\":\"00:00\"}");
        }
        send(put(base + "/schedule", adminToken, "{\"slotMinutes\":60,\"hours\":[" + hours + "]}"), 200);
        send(put(base + "/booking-rules", adminToken, "{\"advanceWindowDays\":30,\"minimumNoticeMinutes\":0,"
                + "\"maxSlotsPerReservation\":4,\"maxActiveHolds\":2,\"maxActiveReservations\":100,"
                + "\"cancellationDeadlineHours\":24,\"cancellationFeePercent\":50}"), 200);
        List<String> courtIds = new ArrayList<>();
        for (int i = 1; i <= courts; i++) {
            courtIds.add(id(send(post(base + "/courts", adminToken,
                    "{\"name\":\"Court " + i + "\",\"surface\":\"HARD\",\"indoor\":false,\"basePrice\":10000}"), 201)));
        }
        return List.copyOf(courtIds);
    }

    /** {@code hour}:00 UTC, {@code days} days from today, as an ISO instant. */
    static String slot(int days, int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private static String signUpAndLogIn(String email) {
        String password = "load-test-" + UUID.randomUUID();
        send(post(USER_SERVICE + "/api/v1/auth/signup", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"nickname\":\"saga " + email.hashCode() + "\"}"), 201);
        return logIn(email, password);
    }

    private static String logIn(String email, String password) {
        String body = send(post(USER_SERVICE + "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"), 200);
        Matcher token = ACCESS_TOKEN.matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("No access token in " + body);
        }
        return token.group(1);
    }

    private static String id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("No id in " + body);
        }
        return id.group(1);
    }

    private static HttpRequest.Builder post(String url, String token, String json) {
        return request(url, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder put(String url, String token, String json) {
        return request(url, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
