package dev.rallypoint.load.queue;

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
 * The platform under test and the accounts the simulations act as. Settings are system properties:
 * <ul>
 * <li>{@code gateway} (default {@code http://127.0.0.1:8080}): every measured request goes through it;</li>
 * <li>{@code users} (default 500): how many member accounts act;</li>
 * <li>{@code tokens.file}: a file of member access tokens, one per line, used instead of signing in;</li>
 * <li>{@code auth.url} (default {@code http://127.0.0.1:8081}, user-service itself, so the gateway's
 * per-address sign-in budget does not throttle the set-up): where members {@code load-queue-<i>@load.rallypoint.dev}
 * (password {@code users.password}) are signed up if new and logged in;</li>
 * <li>{@code admin.token}, or {@code admin.email} (default {@code admin@rallypoint.dev}) with
 * {@code admin.password} (user-service's {@code ADMIN_PASSWORD}): the administrator who creates the gates.</li>
 * </ul>
 * Access tokens live 15 minutes: a run, set-up included, must fit in that.
 */
final class QueuePlatform {

    static final String GATEWAY = System.getProperty("gateway", "http://127.0.0.1:8080");

    static final int USERS = Integer.getInteger("users", 500);

    private static final String AUTH = System.getProperty("auth.url", "http://127.0.0.1:8081");

    private static final String PASSWORD = System.getProperty("users.password", "load-test-passphrase-42");

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern WAITING = Pattern.compile("\"waiting\"\\s*:\\s*(\\d+)");

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private QueuePlatform() {
    }

    /**
     * Access tokens of {@link #USERS} members; tokens signed in by an earlier run within the last 10
     * minutes are reused from {@code target/queue-members-<users>.tokens}, so the three simulations
     * can run back to back without signing everyone in again.
     */
    static List<String> memberTokens() {
        String file = System.getProperty("tokens.file");
        if (file != null) {
            try {
                return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(line -> !line.isEmpty())
                        .limit(USERS).toList();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        Path cache = Path.of("target", "queue-members-" + USERS + ".tokens");
        try {
            if (Files.exists(cache) && Files.getLastModifiedTime(cache).toInstant()
                    .isAfter(Instant.now().minus(Duration.ofMinutes(10)))) {
                List<String> cached = Files.readAllLines(cache);
                System.out.println("reusing " + cached.size() + " member tokens from " + cache);
                return cached;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> tokens = parallel(USERS, i -> {
            String email = "load-queue-" + i + "@load.rallypoint.dev";
            post(AUTH + "/api/v1/auth/signup", null,
                    "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"nickname\":\"loadqueue" + i + "\"}");
            return extract(ACCESS_TOKEN, post(AUTH + "/api/v1/auth/login", null,
                    "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"));
        });
        System.out.println("signed in " + tokens.size() + " members");
        try {
            Files.createDirectories(cache.getParent());
            Files.write(cache, tokens);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return tokens;
    }

    static String adminToken() {
        String token = System.getProperty("admin.token");
        if (token != null) {
            return token;
        }
        String email = System.getProperty("admin.email", "admin@rallypoint.dev");
        String password = System.getProperty("admin.password", System.getenv().getOrDefault("ADMIN_PASSWORD", ""));
        return extract(ACCESS_TOKEN, post(AUTH + "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
    }

    /** Opens {@code count} new gates and pauses them: they take joins and polls but admit nobody during a run. */
    static List<String> openGates(String adminToken, int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> gates = parallel(count, i -> {
            String gate = "load-" + run + "-" + i;
            post(GATEWAY + "/api/v1/admin/queue/gates", adminToken,
                    "{\"gate\":\"" + gate + "\",\"ratePerSecond\":1,\"maxActive\":1}");
            post(GATEWAY + "/api/v1/admin/queue/gates/" + gate + "/pause", adminToken, "");
            return gate;
        });
        System.out.println("opened " + gates.size() + " gates");
        return gates;
    }

    /** Joins as the member, outside the measurement; returns the queue token. */
    static String join(String gate, String memberToken) {
        return extract(TOKEN, post(GATEWAY + "/api/v1/queue/" + gate + "/tokens", memberToken, ""));
    }

    static long waiting(String gate, String adminToken) {
        return Long.parseLong(extract(WAITING, get(GATEWAY + "/api/v1/admin/queue/gates/" + gate, adminToken)));
    }

    static void close(List<String> gates, String adminToken) {
        parallel(gates.size(), i -> post(GATEWAY + "/api/v1/admin/queue/gates/" + gates.get(i) + "/close", adminToken, ""));
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs the set-up steps 32 at a time. */
    static <T> List<T> parallel(int count, Task<T> task) {
        Semaphore permits = new Semaphore(32);
        List<CompletableFuture<T>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                results.add(CompletableFuture.supplyAsync(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        return task.run(index);
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

    private static String post(String url, String bearer, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request, bearer);
    }

    private static String get(String url, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET(), bearer);
    }

    private static String send(HttpRequest.Builder request, String bearer) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String extract(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return matcher.group(1);
    }

    /** Feeds rows built at run time, after the simulation's {@code before()} prepared them. */
    static Iterator<Map<String, Object>> rows(IntFunction<Map<String, Object>> row) {
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
}
