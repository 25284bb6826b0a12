package dev.rallypoint.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every simulation needs from a platform started by {@code bin/rallypoint up}: member and
 * administrator access tokens, a club with courts open around the clock, slot instants, plain HTTP
 * calls for set-up outside the measurement, and service metrics.
 *
 * <p>Settings (system properties, the same for every simulation):
 * <ul>
 * <li>{@code gateway} (default {@code http://127.0.0.1:8080}): every measured request goes through it;</li>
 * <li>{@code userService} (default {@code http://127.0.0.1:8081}): members sign up and log in there
 * directly, because the gateway's per-address budget for authentication admits a few logins a minute;</li>
 * <li>{@code courtService} (default {@code http://127.0.0.1:8082}): only its Prometheus endpoint is read;</li>
 * <li>{@code adminEmail} and {@code adminPassword} (defaults: {@code ADMIN_EMAIL} / {@code ADMIN_PASSWORD}
 * from the environment, the bootstrap admin of user-service), or {@code adminToken} instead of logging in;</li>
 * <li>{@code tokensFile} (optional): one member access token per line, used instead of signing up;</li>
 * <li>{@code members}: how many members act (each simulation has its own default);</li>
 * <li>{@code mailDir} (default {@code ../.run/mail}): where the local platform's SMTP sink writes e-mails; a member
 * signed up here confirms their address by following the link mailed to them, as a person would.</li>
 * </ul>
 * Members signed up by a run are kept in {@code target/members-<count>.tokens} of the working directory and reused by the
 * next run within 10 minutes; access tokens live 15 minutes, so a run, set-up included, must fit in that.
 */
public final class Platform {

    public static final String GATEWAY = System.getProperty("gateway", "http://127.0.0.1:8080");

    public static final String USER_SERVICE = System.getProperty("userService", "http://127.0.0.1:8081");

    public static final String COURT_SERVICE = System.getProperty("courtService", "http://127.0.0.1:8082");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private static final Duration TOKENS_REUSED_FOR = Duration.ofMinutes(10);

    private static final Path MAIL_DIR = Path.of(System.getProperty("mailDir", "../.run/mail"));

    private static final Pattern LINK_TOKEN = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");

    private Platform() {
    }

    /** The {@code members} setting, or {@code fallback}. */
    public static int members(int fallback) {
        return Integer.getInteger("members", fallback);
    }

    /**
     * {@code count} member access tokens: from {@code tokensFile}, from a run of the last 10 minutes,
     * or members signed up for this run.
     */
    public static List<String> memberTokens(int count) {
        String file = System.getProperty("tokensFile");
        if (file != null) {
            List<String> tokens = readLines(Path.of(file));
            if (tokens.size() < count) {
                throw new IllegalStateException(file + " holds " + tokens.size() + " tokens, " + count + " needed");
            }
            return tokens.subList(0, count);
        }
        Path cache = Path.of("target", "members-" + count + ".tokens");
        try {
            if (Files.exists(cache) && Files.getLastModifiedTime(cache).toInstant().isAfter(Instant.now().minus(TOKENS_REUSED_FOR))) {
                List<String> cached = readLines(cache);
                System.out.println("reusing " + cached.size() + " member tokens from " + cache);
                return cached;
            }
            String run = Long.toString(System.currentTimeMillis(), 36);
            List<String> tokens = parallel(count, i -> signUpAndLogIn("load-" + run + "-" + i + "@load.rallypoint.dev"));
            System.out.println("signed up " + tokens.size() + " members");
            Files.createDirectories(cache.getParent());
            Files.write(cache, tokens);
            return tokens;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static String adminToken() {
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
        post(USER_SERVICE + "/api/v1/auth/signup", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"nickname\":\"" + nickname.substring(0, Math.min(30, nickname.length())) + "\"}");
        post(USER_SERVICE + "/api/v1/auth/email-verification", null, "{\"token\":\"" + verificationToken(email) + "\"}");
        return logIn(email, password);
    }

    /** The token of the verification link mailed to {@code email}, read from the local SMTP sink (waits up to 30 s). */
    private static String verificationToken(String email) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (var mails = Files.list(MAIL_DIR)) {
                for (Path mail : mails.filter(path -> path.toString().endsWith(".eml")).toList()) {
                    String text = Files.readString(mail).replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
                    if (text.contains("To: " + email)) {
                        Matcher link = LINK_TOKEN.matcher(text);
                        if (link.find()) {
                            return link.group(1);
                        }
                    }
                }
                Thread.sleep(200);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("No mail directory " + MAIL_DIR.toAbsolutePath() + " (set -DmailDir)", ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        throw new IllegalStateException("No verification e-mail for " + email + " in " + MAIL_DIR.toAbsolutePath());
    }

    private static String logIn(String email, String password) {
        return extract(ACCESS_TOKEN, post(USER_SERVICE + "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
    }

    /**
     * A club open around the clock in UTC with {@code courts} courts at 10,000 points an hour,
     * bookable 30 days ahead, no minimum notice, up to 100 upcoming reservations per member;
     * answers the court ids.
     */
    public static List<String> clubWithCourts(String adminToken, int courts) {
        String clubId = id(post(GATEWAY + "/api/v1/admin/clubs", adminToken, "{\"name\":\"Load club " + UUID.randomUUID()
                + "\",\"address\":\"1 Benchmark Road\",\"region\":\"Load\",\"timeZone\":\"UTC\"}"));
        String base = GATEWAY + "/api/v1/manager/clubs/" + clubId;
        StringBuilder hours = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.append(hours.isEmpty() ? "" : ",").append("{\"day\":\"").append(day).append("\",\"opens\":\"00:00\",\"closes\":\"00:00\"}");
        }
        put(base + "/schedule", adminToken, "{\"slotMinutes\":60,\"hours\":[" + hours + "]}");
        put(base + "/booking-rules", adminToken, "{\"advanceWindowDays\":30,\"minimumNoticeMinutes\":0,"
                + "\"maxSlotsPerReservation\":4,\"maxActiveHolds\":2,\"maxActiveReservations\":100,"
                + "\"cancellationDeadlineHours\":24,\"cancellationFeePercent\":50}");
        List<String> courtIds = parallel(courts, i -> id(post(base + "/courts", adminToken,
                "{\"name\":\"Court " + (i + 1) + "\",\"surface\":\"HARD\",\"indoor\":" + (i % 2 == 1) + ",\"basePrice\":10000}")));
        System.out.println("opened a club with " + courtIds.size() + " courts");
        return courtIds;
    }

    /** {@code hour}:00 UTC, {@code days} days from today, as an ISO instant. */
    public static String slot(int days, int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
    }

    /** The UTC date {@code days} days from today. */
    public static String date(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    /** A metric of a service's Prometheus endpoint, summed over the lines matching {@code tagFilter}; 0 when absent. */
    public static double metric(String service, String name, String tagFilter) {
        return get(service + "/actuator/prometheus", null).lines()
                .filter(line -> line.startsWith(name) && (tagFilter == null || line.contains(tagFilter)))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** A set-up step that may throw. */
    public interface Step<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code count} set-up steps, 32 at a time; answers their results in order. */
    public static <T> List<T> parallel(int count, Step<T> step) {
        return parallel(count, 32, step);
    }

    /** Runs {@code count} set-up steps, {@code concurrency} at a time; answers their results in order. */
    public static <T> List<T> parallel(int count, int concurrency, Step<T> step) {
        Semaphore permits = new Semaphore(concurrency);
        List<CompletableFuture<T>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                results.add(CompletableFuture.supplyAsync(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        return step.run(index);
                    }
                    catch (RuntimeException ex) {
                        throw ex;
                    }
                    catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                    finally {
                        permits.release();
                    }
                }, threads));
            }
        }
        return results.stream().map(CompletableFuture::join).toList();
    }

    /** An endless feeder of rows built when Gatling asks, after {@code before()} prepared what they use. */
    public static Iterator<Map<String, Object>> rows(IntFunction<Map<String, Object>> row) {
        return new Iterator<>() {

            private final AtomicInteger next = new AtomicInteger();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return row.apply(next.getAndIncrement());
            }
        };
    }

    /** POSTs JSON (may be empty) as the bearer of {@code token} (none if null); answers the body of a 2xx. */
    public static String post(String url, String token, String json) {
        return post(url, token, json, Map.of());
    }

    /** As {@link #post(String, String, String)}, with extra headers. */
    public static String post(String url, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public static String put(String url, String token, String json) {
        return send(request(url, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static String get(String url, String token) {
        return send(request(url, token).GET());
    }

    /** The first group of {@code pattern} in {@code body}. */
    public static String extract(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected answer: " + body);
        }
        return matcher.group(1);
    }

    private static String id(String body) {
        return extract(ID, body);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /**
     * Sends a set-up request; a 503 (a service still starting, or its breaker still open after the
     * previous benchmark) or a 429 (the admin's own request budget, spent by a parallel set-up) is
     * retried after its {@code Retry-After}, up to ten times.
     */
    private static String send(HttpRequest.Builder request) {
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if ((response.statusCode() == 503 || response.statusCode() == 429) && attempt < 10) {
                    long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Duration.ofSeconds(Math.clamp(seconds, 1, 5)));
                    continue;
                }
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                            + response.statusCode() + ": " + response.body());
                }
                return response.body();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
