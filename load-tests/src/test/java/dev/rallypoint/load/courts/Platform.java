package dev.rallypoint.load.courts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets up what the court simulations need on a platform started by {@code bin/rallypoint up}: member
 * access tokens and a club with courts open around the clock.
 *
 * <p>Settings (system properties): {@code gateway} (default {@code http://127.0.0.1:8080});
 * {@code userService} (default {@code http://127.0.0.1:8081}: members sign up and log in there
 * directly, because the gateway's per-address budget for authentication admits a few logins a
 * minute); {@code courtService} (default {@code http://127.0.0.1:8082}, only its Prometheus
 * endpoint is read); {@code adminEmail} and {@code adminPassword} (defaults: {@code ADMIN_EMAIL} /
 * {@code ADMIN_PASSWORD} from the environment, the bootstrap admin of user-service);
 * {@code tokensFile} (optional: one member access token per line, used instead of signing up) and
 * {@code adminToken} (optional: an admin access token, used instead of logging in).
 */
final class Platform {

    static final String GATEWAY = System.getProperty("gateway", "http://127.0.0.1:8080");

    static final String USER_SERVICE = System.getProperty("userService", "http://127.0.0.1:8081");

    static final String COURT_SERVICE = System.getProperty("courtService", "http://127.0.0.1:8082");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private Platform() {
    }

    /** {@code count} member tokens: from {@code tokensFile}, or members signed up for this run. */
    static List<String> memberTokens(int count) {
        String file = System.getProperty("tokensFile");
        if (file != null) {
            try {
                List<String> tokens = Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
                if (tokens.size() < count) {
                    throw new IllegalStateException(file + " holds " + tokens.size() + " tokens, " + count + " needed");
                }
                return tokens.subList(0, count);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Future<String>> tokens = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < count; i++) {
                String email = "load-" + run + "-" + i + "@load.rallypoint.dev";
                tokens.add(threads.submit(() -> signUpAndLogIn(email)));
            }
        }
        List<String> result = new ArrayList<>();
        for (Future<String> token : tokens) {
            try {
                result.add(token.get());
            }
            catch (Exception ex) {
                throw new IllegalStateException("Could not create a member: " + ex.getMessage(), ex);
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
            throw new IllegalStateException("Set -DadminPassword (or ADMIN_PASSWORD, as the platform was started with) or -DadminToken");
        }
        return logIn(email, password);
    }

    private static String signUpAndLogIn(String email) {
        String password = "load-test-" + UUID.randomUUID();
        String nickname = "load " + email.substring(5, email.indexOf('@')).replace('-', ' ');
        send(post(USER_SERVICE + "/api/v1/auth/signup", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"nickname\":\"" + nickname.substring(0, Math.min(30, nickname.length())) + "\"}"), 201);
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

    /**
     * A club open around the clock in UTC with {@code courts} courts, bookable 30 days ahead, no
     * minimum notice, up to 100 upcoming reservations per member; answers the court ids.
     */
    static List<String> clubWithCourts(String adminToken, int courts) {
        String club = send(post(GATEWAY + "/api/v1/admin/clubs", adminToken,
                "{\"name\":\"Load club " + UUID.randomUUID() + "\",\"address\":\"1 Benchmark Road\",\"region\":\"Load\",\"timeZone\":\"UTC\"}"), 201);
        String clubId = id(club);
        String base = GATEWAY + "/api/v1/manager/clubs/" + clubId;
        StringBuilder hours = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.append(hours.isEmpty() ? "" : ",").append("{\"day\":\"").append(day).append("\",\"opens\":\"00:00\",\"closes\":\"00:00\"}");
        }
        send(put(base + "/schedule", adminToken, "{\"slotMinutes\":60,\"hours\":[" + hours + "]}"), 200);
        send(put(base + "/booking-rules", adminToken, "{\"advanceWindowDays\":30,\"minimumNoticeMinutes\":0,"
                + "\"maxSlotsPerReservation\":4,\"maxActiveHolds\":2,\"maxActiveReservations\":100,"
                + "\"cancellationDeadlineHours\":24,\"cancellationFeePercent\":50}"), 200);
        List<String> courtIds = new ArrayList<>();
        for (int i = 1; i <= courts; i++) {
            courtIds.add(id(send(post(base + "/courts", adminToken,
                    "{\"name\":\"Court " + i + "\",\"surface\":\"HARD\",\"indoor\":" + (i % 2 == 0) + ",\"basePrice\":10000}"), 201)));
        }
        return Collections.unmodifiableList(courtIds);
    }

    /** {@code hour}:00 UTC, {@code days} days from today, as an ISO instant. */
    static String slot(int days, int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
    }

    static String date(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    /** A counter of court-service's Prometheus endpoint, summed over its tags; 0 when absent. */
    static double courtMetric(String name, String tagFilter) {
        String body = send(HttpRequest.newBuilder(URI.create(COURT_SERVICE + "/actuator/prometheus")).GET(), 200);
        return body.lines()
                .filter(line -> line.startsWith(name) && (tagFilter == null || line.contains(tagFilter)))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
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
