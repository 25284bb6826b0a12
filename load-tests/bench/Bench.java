import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The platform benchmark: {@code bin/rallypoint bench [options] [scenario ...]} against a platform that
 * {@code bin/rallypoint up} started on this machine.
 *
 * <p>For each scenario it warms the path up, then runs it for a fixed time with wrk (scripts beside this
 * file) or, for the one-slot race, with this program's own HTTP client; it reads the CPU time of every
 * platform process from {@code /proc} before and after (the services and the Kafka broker started by
 * {@code bin/rallypoint}, every PostgreSQL process, Redis) and prints one table: operations per second,
 * latency, errors, CPU milliseconds per operation for each process and in total, and the ratio of that
 * total to the same run's reference scenario, an authenticated trivial GET through the gateway. The
 * load generator's own CPU is not counted. With {@code --write} the table is appended to
 * {@code docs/benchmarks.md}.
 *
 * <p>Scenarios: {@code reference} (GET /api/v1/users/me), {@code read} (a cached availability read),
 * {@code hold} (a hold and its cancellation, one operation), {@code saga} (hold, pay, confirmed through
 * the wallet over Kafka), {@code race} (1,000 members hold one slot at once), {@code join} and
 * {@code poll} (the waiting room), {@code walkin} (walk-in status polls), {@code inbox} (notification inbox reads),
 * {@code search} (market searches). Members are signed up once and kept in {@code .run/bench/members.tsv}
 * with their refresh tokens, so later runs refresh their access tokens instead of hashing passwords.
 *
 * <p>Needs Java 21+, {@code wrk} ({@code apt-get install wrk}) and the administrator's password
 * ({@code ADMIN_PASSWORD}, as the platform was started with, or {@code --admin-password}).
 */
public class Bench {

    static final List<String> ALL = List.of("reference", "read", "hold", "saga", "race", "join", "poll", "walkin", "inbox", "search");

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static final Pattern ACCESS = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    static final Pattern REFRESH = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"");

    static final Pattern QUEUE_TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    static final Pattern CLUB_ID = Pattern.compile("\"clubId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static final Pattern BALANCE = Pattern.compile("\"balance\"\\s*:\\s*(\\d+)");

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Bench bench = new Bench(options);
        bench.run();
    }

    final Options options;

    final Path root;

    final Path state;

    final Processes processes;

    String adminToken;

    List<Member> members;

    Bench(Options options) {
        this.options = options;
        this.root = Path.of(System.getProperty("rallypoint.root", ".")).toAbsolutePath().normalize();
        this.state = root.resolve(".run/bench");
        this.processes = new Processes(root.resolve(".run"));
    }

    void run() throws Exception {
        Files.createDirectories(state);
        say("platform processes: " + String.join(", ", processes.names()));
        adminToken = logIn(options.adminEmail(), options.adminPassword());
        members = Members.ready(this, options.members());
        writeTokens(members);
        List<String> courts = clubWithCourts(20);
        List<Result> results = new ArrayList<>();
        for (String scenario : options.scenarios()) {
            Result result = switch (scenario) {
                case "reference" -> wrkScenario("reference", "get.lua", options.gateway() + "/api/v1/users/me", Map.of(), false);
                case "read" -> wrkScenario("read", "get.lua", options.gateway() + "/api/v1/courts/" + courts.getFirst()
                        + "/availability?date=" + LocalDate.now(ZoneOffset.UTC).plusDays(1), Map.of(), false);
                case "hold" -> wrkScenario("hold", "hold-cancel.lua", options.gateway(), lanes(courts, 2), false);
                case "saga" -> saga();
                case "race" -> race(courts.getLast());
                case "join" -> wrkScenario("join", "join.lua", options.gateway(), Map.of("GATES", String.join(",", gates(20))), false);
                case "poll" -> poll();
                case "walkin" -> walkIn();
                case "inbox" -> inbox();
                case "search" -> search();
                default -> throw new IllegalArgumentException("unknown scenario " + scenario + "; known: " + ALL);
            };
            results.add(result);
            say(result.scenario() + ": " + result.summary());
        }
        String table = Report.table(results, processes.names());
        System.out.println();
        System.out.println(table);
        if (options.write()) {
            Path doc = root.resolve("docs/benchmarks.md");
            Files.writeString(doc, Report.section(options, table, processes), StandardOpenOption.APPEND);
            say("appended to " + root.relativize(doc));
        }
    }

    /** The hold and saga scenarios' slots: every hour of 20 days from {@code fromDay} days ahead, on every court. */
    Map<String, String> lanes(List<String> courts, int fromDay) {
        long firstDay = LocalDate.now(ZoneOffset.UTC).plusDays(fromDay).toEpochDay();
        return Map.of("COURTS", String.join(",", courts), "FIRST_DAY", Long.toString(firstDay), "DAYS", "20");
    }

    Result wrkScenario(String name, String script, String url, Map<String, String> env, boolean warmOnly) throws Exception {
        Map<String, String> environment = new LinkedHashMap<>(env);
        environment.put("TOKENS", state.resolve("tokens.txt").toString());
        environment.put("BENCH_DIR", root.resolve("load-tests/bench").toString());
        environment.put("THREADS", Integer.toString(options.threads()));
        if (options.warmup() > 0) {
            Wrk.run(script, url, environment, options.warmup(), options);
        }
        Cpu before = processes.sample();
        Wrk.Outcome outcome = Wrk.run(script, url, environment, options.seconds(), options);
        Cpu after = processes.sample();
        return new Result(name, outcome.ops(), outcome.seconds(), outcome.p50(), outcome.p99(), outcome.errors(),
                outcome.statuses(), after.minus(before));
    }

    /** Hold and pay; the operations are the payments court-service confirmed, counted once the sagas drained. */
    Result saga() throws Exception {
        fund(members, 200_000);
        // a club of its own, so that every slot of the run is free (paid slots stay taken)
        Map<String, String> lanes = lanes(clubWithCourts(20), 2);
        if (options.warmup() > 0) {
            Map<String, String> warm = new LinkedHashMap<>(lanes(clubWithCourts(20), 2));
            warm.put("TOKENS", state.resolve("tokens.txt").toString());
            warm.put("BENCH_DIR", root.resolve("load-tests/bench").toString());
            warm.put("THREADS", Integer.toString(options.threads()));
            Wrk.run("saga.lua", options.gateway(), warm, options.warmup(), options);
            awaitSagasDrained();
        }
        double confirmedBefore = metric(options.courtService(), "rallypoint_payments_outcomes_total", "outcome=\"confirmed\"");
        double timeBefore = metric(options.courtService(), "rallypoint_payments_confirmation_seconds_sum", null);
        Map<String, String> environment = new LinkedHashMap<>(lanes);
        environment.put("TOKENS", state.resolve("tokens.txt").toString());
        environment.put("BENCH_DIR", root.resolve("load-tests/bench").toString());
        environment.put("THREADS", Integer.toString(options.threads()));
        Cpu before = processes.sample();
        Wrk.Outcome outcome = Wrk.run("saga.lua", options.gateway(), environment, options.seconds(), options);
        awaitSagasDrained();
        Cpu after = processes.sample();
        double confirmed = metric(options.courtService(), "rallypoint_payments_outcomes_total", "outcome=\"confirmed\"") - confirmedBefore;
        double meanSeconds = confirmed == 0 ? 0
                : (metric(options.courtService(), "rallypoint_payments_confirmation_seconds_sum", null) - timeBefore) / confirmed;
        say(String.format(Locale.ROOT, "saga: %.0f confirmed of %d payments requested, mean confirmation %.0f ms",
                confirmed, outcome.ops(), meanSeconds * 1000));
        return new Result("saga", (long) confirmed, outcome.seconds(), outcome.p50(), outcome.p99(),
                outcome.errors() + Math.max(0, outcome.ops() - (long) confirmed), outcome.statuses(), after.minus(before));
    }

    void awaitSagasDrained() throws InterruptedException {
        double last = -1;
        for (int i = 0; i < 120; i++) {
            double requested = metric(options.courtService(), "rallypoint_payments_requested_total", null);
            double ended = metric(options.courtService(), "rallypoint_payments_outcomes_total", null);
            if (ended >= requested && ended == last) {
                return;
            }
            last = ended;
            Thread.sleep(500);
        }
        say("sagas still running after 60 s; counting what ended");
    }

    /** 1,000 distinct members hold the same slot at once; one operation per request. */
    Result race(String courtId) throws Exception {
        int racers = Math.min(options.racers(), members.size());
        String body = "{\"courtId\":\"" + courtId + "\",\"startsAt\":\"" + slot(1, 18) + "\",\"endsAt\":\"" + slot(1, 19) + "\"}";
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        Cpu before = processes.sample();
        long began = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < racers; i++) {
                Member member = members.get(i);
                threads.submit(() -> {
                    start.await();
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = HTTP.send(request(options.gateway() + "/api/v1/reservations", member.accessToken())
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    }
                    catch (IOException ex) {
                        status = -1;
                    }
                    latencies.add(System.nanoTime() - sent);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    return null;
                });
            }
            start.countDown();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Cpu after = processes.sample();
        List<Long> sorted = latencies.stream().sorted().toList();
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        long errors = counts.entrySet().stream().filter(e -> e.getKey() != 201 && e.getKey() != 409).mapToLong(Map.Entry::getValue).sum();
        say(String.format(Locale.ROOT, "race: %s, slowest answer %.0f ms", counts, sorted.getLast() / 1e6));
        return new Result("race", racers, seconds, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                errors, counts, after.minus(before));
    }

    Result poll() throws Exception {
        List<String> gates = gates(4);
        List<String> lines = parallel(members.size(), 8, i -> {
            Member member = members.get(i);
            String gate = gates.get(i % gates.size());
            String token = extract(QUEUE_TOKEN, post(options.gateway() + "/api/v1/queue/" + gate + "/tokens", member.accessToken(), "", Map.of()));
            return "/api/v1/queue/" + gate + "/tokens/" + token + " " + member.accessToken();
        });
        return paths("poll", lines);
    }

    /**
     * Walk-in status polls, the seed's hot read: {@code --clubs} clubs (default 200) with {@code --parties}
     * parties each (default 20) registered today, every party polling its own status.
     */
    Result walkIn() throws Exception {
        List<String> clubs = parallel(options.clubs(), 4, i -> extract(CLUB_ID,
                get(options.gateway() + "/api/v1/courts/" + clubWithCourts(1).getFirst(), null)));
        // party p of club c is member (c × parties + p): a member waits at most once per club and day
        List<String> lines = parallel(clubs.size() * options.parties(), 8, i -> {
            String club = clubs.get(i / options.parties());
            Member member = members.get(i % members.size());
            String walkIn = extract(ID, post(options.gateway() + "/api/v1/clubs/" + club + "/walk-ins", member.accessToken(),
                    "{\"partySize\":2}", Map.of()));
            return "/api/v1/clubs/" + club + "/walk-ins/" + walkIn + " " + member.accessToken();
        });
        say(lines.size() + " walk-in parties waiting at " + clubs.size() + " clubs");
        return paths("walkin", lines);
    }

    /** Inbox reads (first page, newest first), each member reading their own after an announcement to all. */
    Result inbox() throws Exception {
        post(options.gateway() + "/api/v1/admin/notifications/announcements", adminToken,
                "{\"title\":\"Bench " + Instant.now() + "\",\"body\":\"Inbox benchmark.\"}", Map.of());
        return wrkScenario("inbox", "get.lua", options.gateway() + "/api/v1/notifications?size=20", Map.of(), false);
    }

    /**
     * Market searches over the catalogue {@code load-tests/market/seed-listings.sh} seeds: a keyword in half
     * of them (Korean or English), a category in a third, a price range in a quarter, newest first or by price.
     */
    Result search() throws Exception {
        say("searching the catalogue load-tests/market/seed-listings.sh seeded (100,000 listings by default)");
        List<String> words = List.of("라켓", "윌슨", "바볼랏", "요넥스", "테니스화", "스트링", "가방", "racket", "wilson", "babolat",
                "yonex", "head", "shoes", "strings", "bag", "pro staff", "pure aero");
        List<String> categories = List.of("RACKET", "STRINGS", "SHOES", "BAGS", "BALLS", "MACHINES", "OTHER");
        List<String> sorts = List.of("NEWEST", "NEWEST", "PRICE_ASC", "PRICE_DESC");
        Random random = new Random(42);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder query = new StringBuilder("/api/v1/market/listings?sort=").append(sorts.get(random.nextInt(sorts.size())));
            if (random.nextBoolean()) {
                query.append("&q=").append(URLEncoder.encode(words.get(random.nextInt(words.size())), StandardCharsets.UTF_8));
            }
            if (random.nextInt(3) == 0) {
                query.append("&category=").append(categories.get(random.nextInt(categories.size())));
            }
            if (random.nextInt(4) == 0) {
                int min = random.nextInt(20) * 10_000;
                query.append("&minPrice=").append(min).append("&maxPrice=").append(min + 100_000);
            }
            query.append("&page=").append(random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(4)).append("&size=20");
            lines.add(query + " " + members.get(i % members.size()).accessToken());
        }
        return paths("search", lines);
    }

    /** A wrk run over {@code lines} ("path token"), see {@code paths.lua}. */
    Result paths(String name, List<String> lines) throws Exception {
        Path file = state.resolve(name + "-paths.txt");
        Files.write(file, lines);
        return wrkScenario(name, "paths.lua", options.gateway(), Map.of("PATHS", file.toString()), false);
    }

    /** New waiting-room gates, paused: they take joins and polls but admit nobody during the run. */
    List<String> gates(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return parallel(count, 4, i -> {
            String gate = "bench-" + run + "-" + i;
            post(options.gateway() + "/api/v1/admin/queue/gates", adminToken, "{\"gate\":\"" + gate + "\",\"ratePerSecond\":1,\"maxActive\":1}", Map.of());
            post(options.gateway() + "/api/v1/admin/queue/gates/" + gate + "/pause", adminToken, "", Map.of());
            return gate;
        });
    }

    /** Charges every member's wallet up to at least {@code points}. */
    void fund(List<Member> funded, long points) {
        parallel(funded.size(), 4, i -> {
            Member member = funded.get(i);
            long balance = Long.parseLong(extract(BALANCE, get(options.gateway() + "/api/v1/wallet", member.accessToken())));
            if (balance < points) {
                post(options.gateway() + "/api/v1/wallet/charges", member.accessToken(), "{\"points\":1000000}",
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            }
            return null;
        });
        say("wallets funded");
    }

    /**
     * A new club open around the clock in UTC with {@code count} courts at 10,000 points an hour, bookable 30
     * days ahead, no minimum notice, generous per-member limits.
     */
    List<String> clubWithCourts(int count) {
        String clubId = extract(ID, post(options.gateway() + "/api/v1/admin/clubs", adminToken, "{\"name\":\"Bench club "
                + UUID.randomUUID() + "\",\"address\":\"1 Benchmark Road\",\"region\":\"Bench\",\"timeZone\":\"UTC\"}", Map.of()));
        String base = options.gateway() + "/api/v1/manager/clubs/" + clubId;
        String hours = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY").stream()
                .map(day -> "{\"day\":\"" + day + "\",\"opens\":\"00:00\",\"closes\":\"00:00\"}")
                .collect(Collectors.joining(","));
        put(base + "/schedule", adminToken, "{\"slotMinutes\":60,\"hours\":[" + hours + "]}");
        put(base + "/booking-rules", adminToken, "{\"advanceWindowDays\":30,\"minimumNoticeMinutes\":0,"
                + "\"maxSlotsPerReservation\":4,\"maxActiveHolds\":2,\"maxActiveReservations\":100,"
                + "\"cancellationDeadlineHours\":24,\"cancellationFeePercent\":50}");
        return parallel(count, 4, i -> extract(ID, post(base + "/courts", adminToken, "{\"name\":\"Court " + (i + 1)
                + "\",\"surface\":\"HARD\",\"indoor\":false,\"basePrice\":10000}", Map.of())));
    }

    void writeTokens(List<Member> pool) throws IOException {
        Files.write(state.resolve("tokens.txt"), pool.stream().map(m -> m.id() + " " + m.accessToken()).toList());
    }

    String logIn(String email, String password) {
        return extract(ACCESS, post(options.userService() + "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", Map.of()));
    }

    double metric(String service, String name, String tagFilter) {
        return get(service + "/actuator/prometheus", null).lines()
                .filter(line -> line.startsWith(name) && (tagFilter == null || line.contains(tagFilter)))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    // ---- HTTP ----

    static HttpRequest.Builder request(String url, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    static String post(String url, String bearer, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(url, bearer).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    static String put(String url, String bearer, String body) {
        return send(request(url, bearer).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String get(String url, String bearer) {
        return send(request(url, bearer).GET().build());
    }

    /** Sends a set-up request; a 429 or 503 is retried after its Retry-After, anything else not 2xx fails the run. */
    static String send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if ((status == 429 || status == 503) && attempt < 30) {
                    Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
                    continue;
                }
                if (status >= 300) {
                    throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + status + ": " + response.body());
                }
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
    }

    static String extract(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return matcher.group(1);
    }

    /** Runs {@code count} set-up steps, {@code concurrency} at a time; answers their results in order. */
    static <T> List<T> parallel(int count, int concurrency, IntFunction<T> step) {
        Semaphore permits = new Semaphore(concurrency);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    permits.acquire();
                    try {
                        return step.apply(index);
                    }
                    finally {
                        permits.release();
                    }
                }));
            }
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex.getCause() != null ? ex.getCause() : ex);
            }
        }
        return results;
    }

    static String slot(int days, int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
    }

    static double percentile(List<Long> sorted, double percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(percentile / 100 * sorted.size()) - 1));
    }

    static void say(String message) {
        System.out.println("[bench] " + message);
    }

    // ---- parts ----

    record Options(List<String> scenarios, int seconds, int warmup, int connections, int threads, int members, int racers,
            int clubs, int parties, boolean write, String gateway, String userService, String courtService, String adminEmail, String adminPassword) {

        static Options parse(String[] args) {
            List<String> scenarios = new ArrayList<>();
            Map<String, String> values = new LinkedHashMap<>();
            boolean write = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--write")) {
                    write = true;
                }
                else if (arg.startsWith("--")) {
                    String[] pair = arg.substring(2).split("=", 2);
                    values.put(pair[0], pair.length == 2 ? pair[1] : args[++i]);
                }
                else {
                    scenarios.add(arg);
                }
            }
            String password = values.getOrDefault("admin-password", System.getenv("ADMIN_PASSWORD"));
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("the administrator's password is needed: ADMIN_PASSWORD or --admin-password");
            }
            return new Options(scenarios.isEmpty() ? ALL : scenarios,
                    Integer.parseInt(values.getOrDefault("seconds", "30")),
                    Integer.parseInt(values.getOrDefault("warmup", "10")),
                    Integer.parseInt(values.getOrDefault("connections", "32")),
                    Integer.parseInt(values.getOrDefault("threads", "1")),
                    Integer.parseInt(values.getOrDefault("members", "1000")),
                    Integer.parseInt(values.getOrDefault("racers", "1000")),
                    Integer.parseInt(values.getOrDefault("clubs", "200")),
                    Integer.parseInt(values.getOrDefault("parties", "20")),
                    write,
                    values.getOrDefault("gateway", "http://127.0.0.1:8080"),
                    values.getOrDefault("user-service", "http://127.0.0.1:8081"),
                    values.getOrDefault("court-service", "http://127.0.0.1:8082"),
                    values.getOrDefault("admin-email", Optional.ofNullable(System.getenv("ADMIN_EMAIL")).orElse("admin@rallypoint.dev")),
                    password);
        }
    }

    /** A bench member: signed up once, its access token refreshed at the start of every run. */
    record Member(String email, String password, String id, String refreshToken, String accessToken) {

        String line() {
            return String.join("\t", email, password, id, refreshToken);
        }
    }

    static final class Members {

        /** {@code count} members with fresh access tokens: the kept ones refreshed, the missing ones signed up. */
        static List<Member> ready(Bench bench, int count) throws IOException {
            Path file = bench.state.resolve("members.tsv");
            List<String> kept = Files.exists(file) ? Files.readAllLines(file) : List.of();
            AtomicLong refreshed = new AtomicLong();
            List<Member> members = new ArrayList<>(parallel(Math.min(count, kept.size()), 8, i -> {
                String[] fields = kept.get(i).split("\t");
                try {
                    String answer = post(bench.options.userService() + "/api/v1/auth/refresh", null,
                            "{\"refreshToken\":\"" + fields[3] + "\"}", Map.of());
                    refreshed.incrementAndGet();
                    return new Member(fields[0], fields[1], fields[2], extract(REFRESH, answer), extract(ACCESS, answer));
                }
                catch (IllegalStateException ex) {
                    // a refresh token that expired or was revoked: log in again
                    String answer = post(bench.options.userService() + "/api/v1/auth/login", null,
                            "{\"email\":\"" + fields[0] + "\",\"password\":\"" + fields[1] + "\"}", Map.of());
                    return new Member(fields[0], fields[1], fields[2], extract(REFRESH, answer), extract(ACCESS, answer));
                }
            }));
            int missing = count - members.size();
            if (missing > 0) {
                say("signing up " + missing + " bench members (once; later runs refresh their tokens) ...");
                String run = Long.toString(System.currentTimeMillis(), 36);
                members.addAll(parallel(missing, 4, i -> signUp(bench, "bench-" + run + "-" + i + "@bench.rallypoint.dev")));
            }
            Files.write(file, members.stream().map(Member::line).toList());
            say(members.size() + " members ready (" + refreshed.get() + " refreshed, " + Math.max(0, missing) + " new)");
            return members;
        }

        static Member signUp(Bench bench, String email) {
            String password = "bench-" + UUID.randomUUID();
            post(bench.options.userService() + "/api/v1/auth/signup", null, "{\"email\":\"" + email + "\",\"password\":\""
                    + password + "\",\"nickname\":\"bench " + email.substring(6, Math.min(email.indexOf('@'), 30)) + "\"}", Map.of());
            post(bench.options.userService() + "/api/v1/auth/email-verification", null,
                    "{\"token\":\"" + verificationToken(bench.root.resolve(".run/mail"), email) + "\"}", Map.of());
            String answer = post(bench.options.userService() + "/api/v1/auth/login", null,
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", Map.of());
            String access = extract(ACCESS, answer);
            return new Member(email, password, subject(access), extract(REFRESH, answer), access);
        }

        /** The token of the verification link the platform's local SMTP sink received for {@code email} (up to 30 s). */
        static String verificationToken(Path mails, String email) {
            Pattern link = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                try (var files = Files.list(mails)) {
                    for (Path mail : files.filter(path -> path.toString().endsWith(".eml")).toList()) {
                        String text = Files.readString(mail).replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
                        Matcher found = link.matcher(text);
                        if (text.contains("To: " + email) && found.find()) {
                            return found.group(1);
                        }
                    }
                    Thread.sleep(200);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException("No mail directory " + mails + " (is the platform up?)", ex);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ex);
                }
            }
            throw new IllegalStateException("No verification e-mail for " + email + " in " + mails);
        }

        static String subject(String jwt) {
            String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
            return extract(Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\""), payload);
        }
    }

    /** CPU time of every platform process, in clock ticks, by process group. */
    record Cpu(Map<String, Long> ticks) {

        Cpu minus(Cpu earlier) {
            Map<String, Long> difference = new TreeMap<>();
            ticks.forEach((name, value) -> difference.put(name, value - earlier.ticks().getOrDefault(name, 0L)));
            return new Cpu(difference);
        }

        long total() {
            return ticks.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The platform's processes: those {@code bin/rallypoint} started ({@code .run/<name>.pid}), every
     * PostgreSQL process (the postmaster's children that ended are in its {@code cutime}) and Redis.
     */
    static final class Processes {

        static final long TICKS_PER_SECOND = 100;

        final Path run;

        Processes(Path run) {
            this.run = run;
        }

        List<String> names() {
            List<String> names = new ArrayList<>(started().keySet());
            names.add("postgres");
            names.add("redis");
            return names;
        }

        Map<String, Long> started() {
            Map<String, Long> pids = new TreeMap<>();
            try (var files = Files.list(run)) {
                files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(f -> {
                    try {
                        String name = f.getFileName().toString().replace(".pid", "").replace("-service", "");
                        // an embedded PostgreSQL or Redis: its launcher JVM, the servers themselves are counted below
                        pids.put(name.equals("postgres") || name.equals("redis") ? name + "-launcher" : name,
                                Long.parseLong(Files.readString(f).trim()));
                    }
                    catch (IOException | NumberFormatException ex) {
                        // a process that just ended
                    }
                });
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return pids;
        }

        Cpu sample() {
            Map<String, Long> ticks = new TreeMap<>();
            started().forEach((name, pid) -> ticks.put(name, stat(pid).map(s -> s[0] + s[1] + s[2] + s[3]).orElse(0L)));
            long postgres = 0;
            long redis = 0;
            try (var entries = Files.list(Path.of("/proc"))) {
                for (Path entry : entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    String comm;
                    try {
                        comm = Files.readString(entry.resolve("comm")).trim();
                    }
                    catch (IOException ex) {
                        continue;
                    }
                    long pid = Long.parseLong(entry.getFileName().toString());
                    if (comm.equals("postgres")) {
                        // children's CPU counted once: live ones by their own time, ended ones in the parent's cutime
                        postgres += stat(pid).map(s -> s[0] + s[1] + (isPostmaster(entry) ? s[2] + s[3] : 0)).orElse(0L);
                    }
                    else if (comm.startsWith("redis-server")) {
                        redis += stat(pid).map(s -> s[0] + s[1]).orElse(0L);
                    }
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            ticks.put("postgres", postgres);
            ticks.put("redis", redis);
            return new Cpu(ticks);
        }

        static boolean isPostmaster(Path process) {
            try {
                long parent = Long.parseLong(fields(Files.readString(process.resolve("stat")))[1]);
                return !Files.readString(Path.of("/proc", Long.toString(parent), "comm")).trim().equals("postgres");
            }
            catch (IOException | RuntimeException ex) {
                return false;
            }
        }

        /** utime, stime, cutime, cstime of a process, in ticks. */
        static Optional<long[]> stat(long pid) {
            try {
                String[] fields = fields(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
                // fields after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                return Optional.of(new long[] { Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                        Long.parseLong(fields[13]), Long.parseLong(fields[14]) });
            }
            catch (IOException | RuntimeException ex) {
                return Optional.empty();
            }
        }

        static String[] fields(String stat) {
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }
    }

    static final class Wrk {

        record Outcome(long ops, double seconds, double p50, double p99, long errors, Map<Integer, Long> statuses) {
        }

        static final Pattern SUMMARY = Pattern.compile("BENCH ops=(\\d+) statuses=(\\S*)");

        static final Pattern DURATION = Pattern.compile("requests in ([\\d.]+)(m?s)");

        static Outcome run(String script, String url, Map<String, String> environment, int seconds, Options options)
                throws IOException, InterruptedException {
            Path scripts = Path.of(environment.get("BENCH_DIR"));
            ProcessBuilder builder = new ProcessBuilder("wrk", "-t" + options.threads(), "-c" + options.connections(),
                    "-d" + seconds + "s", "--timeout", "10s", "--latency", "-s", scripts.resolve(script).toString(), url)
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process wrk = builder.start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
            Matcher summary = SUMMARY.matcher(output);
            Matcher duration = DURATION.matcher(output);
            if (!summary.find() || !duration.find()) {
                throw new IllegalStateException("unexpected wrk output:\n" + output);
            }
            Map<Integer, Long> statuses = new TreeMap<>();
            for (String pair : summary.group(2).split(",")) {
                if (!pair.isBlank()) {
                    String[] parts = pair.split(":");
                    statuses.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
                }
            }
            long errors = statuses.entrySet().stream().filter(e -> e.getKey() >= 400).mapToLong(Map.Entry::getValue).sum()
                    + socketErrors(output);
            double elapsed = Double.parseDouble(duration.group(1)) / (duration.group(2).equals("ms") ? 1000 : 1);
            return new Outcome(Long.parseLong(summary.group(1)), elapsed, latency(output, "50%"), latency(output, "99%"), errors, statuses);
        }

        static long socketErrors(String output) {
            Matcher matcher = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
            if (!matcher.find()) {
                return 0;
            }
            long sum = 0;
            for (int i = 1; i <= 4; i++) {
                sum += Long.parseLong(matcher.group(i));
            }
            return sum;
        }

        /** A percentile of wrk's latency distribution, in milliseconds. */
        static double latency(String output, String percentile) {
            Matcher matcher = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
            if (!matcher.find()) {
                return Double.NaN;
            }
            double value = Double.parseDouble(matcher.group(1));
            return switch (matcher.group(2)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
        }
    }

    record Result(String scenario, long ops, double seconds, double p50, double p99, long errors,
            Map<Integer, Long> statuses, Cpu cpu) {

        double rate() {
            return ops / seconds;
        }

        double cpuMillisPerOp(long ticks) {
            return ops == 0 ? Double.NaN : ticks * 1000.0 / Processes.TICKS_PER_SECOND / ops;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d ops in %.1f s (%.0f/s), p50 %.1f ms, p99 %.1f ms, %d errors %s, %.2f CPU ms/op",
                    ops, seconds, rate(), p50, p99, errors, statuses, cpuMillisPerOp(cpu.total()));
        }
    }

    static final class Report {

        static String table(List<Result> results, List<String> processes) {
            Optional<Result> reference = results.stream().filter(r -> r.scenario().equals("reference")).findFirst();
            List<String> shown = processes.stream()
                    .filter(p -> results.stream().anyMatch(r -> r.cpu().ticks().getOrDefault(p, 0L) > 0))
                    .toList();
            StringBuilder table = new StringBuilder("| scenario | ops/s | p50 ms | p99 ms | errors | CPU ms/op total | × reference |");
            shown.forEach(p -> table.append(' ').append(p).append(" |"));
            table.append("\n|---|---:|---:|---:|---:|---:|---:|");
            shown.forEach(p -> table.append("---:|"));
            for (Result result : results) {
                double total = result.cpuMillisPerOp(result.cpu().total());
                String ratio = reference.map(r -> String.format(Locale.ROOT, "%.1f", total / r.cpuMillisPerOp(r.cpu().total()))).orElse("–");
                table.append(String.format(Locale.ROOT, "\n| %s | %.0f | %.1f | %.1f | %d | %.2f | %s |", result.scenario(),
                        result.rate(), result.p50(), result.p99(), result.errors(), total, ratio));
                for (String process : shown) {
                    table.append(String.format(Locale.ROOT, " %.2f |", result.cpuMillisPerOp(result.cpu().ticks().getOrDefault(process, 0L))));
                }
            }
            return table.toString();
        }

        static String section(Options options, String table, Processes processes) throws IOException {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
            return "\n### bench run " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\n\n"
                    + "`bin/rallypoint bench " + String.join(" ", options.scenarios()) + " --seconds " + options.seconds()
                    + " --connections " + options.connections() + "` on " + Runtime.getRuntime().availableProcessors()
                    + " cores (" + cpu + "), Java " + Runtime.version().feature() + " for the generator's set-up; wrk -t"
                    + options.threads() + " as the load generator, its CPU not counted. CPU in ms per operation from /proc.\n\n"
                    + table + "\n";
        }
    }
}
