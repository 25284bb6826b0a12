package dev.rallypoint.load.faults;

import dev.rallypoint.load.Platform;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steady traffic for the fault suite: holds (two members per slot, so the race is always on),
 * payments of the won holds, queue joins and wallet balance reads, each at {@code ratePerKind} calls a
 * second through the gateway for {@code seconds}. Every call is one CSV line in {@code out}:
 * {@code startedAtMillis,kind,status,millis,retryAfter} (status 0: no answer within 10 s, or no
 * connection). The suite script judges the lines against its fault timeline.
 *
 * <p>Run by {@code load-tests/faults/run-faults.sh}; on its own:
 * {@code ./mvnw -q -Pload-tests -pl load-tests test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.rallypoint.load.faults.FaultLoad -Dseconds=120}
 * (plus the {@link Platform} settings, e.g. {@code -DadminPassword=...}).
 */
public final class FaultLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    private static final Duration NO_ANSWER = Duration.ofSeconds(10);

    private final List<String> courts;

    private final List<String> members;

    private final String gate;

    private final BufferedWriter out;

    private final AtomicInteger slots = new AtomicInteger();

    private final ConcurrentLinkedQueue<String[]> won = new ConcurrentLinkedQueue<>();

    private FaultLoad(List<String> courts, List<String> members, String gate, BufferedWriter out) {
        this.courts = courts;
        this.members = members;
        this.gate = gate;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 600);
        int rate = Integer.getInteger("ratePerKind", 4);
        Path file = Path.of(System.getProperty("out", "target/faults/calls.csv"));
        String admin = Platform.adminToken();
        List<String> courts = Platform.clubWithCourts(admin, 8);
        List<String> members = Platform.memberTokens(Platform.members(60));
        Platform.parallel(members.size(), 4, i -> Platform.post(Platform.GATEWAY + "/api/v1/wallet/charges", members.get(i),
                "{\"points\":1000000}", Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        String gate = "faults-" + UUID.randomUUID().toString().substring(0, 8);
        Platform.post(Platform.GATEWAY + "/api/v1/admin/queue/gates", admin,
                "{\"gate\":\"" + gate + "\",\"ratePerSecond\":100,\"maxActive\":100000}");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("startedAtMillis,kind,status,millis,retryAfter\n");
            out.flush();
            System.out.println("load: " + rate + " holds, payments and joins a second for " + seconds + " s -> " + file);
            new FaultLoad(courts, members, gate, out).run(seconds, rate);
        }
    }

    private void run(int seconds, int rate) throws InterruptedException {
        long tick = 1000L / rate;
        long end = System.currentTimeMillis() + seconds * 1000L;
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long next = System.currentTimeMillis(); next < end; next += tick) {
                long wait = next - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                calls.submit(this::hold);
                calls.submit(this::hold);
                calls.submit(this::pay);
                calls.submit(this::join);
                calls.submit(this::balance);
            }
        }
    }

    /** Two members per slot: each slot number is handed out twice, so every slot has a loser. */
    private void hold() {
        int n = slots.getAndIncrement();
        int slot = n / 2;
        String court = courts.get(slot % courts.size());
        int hour = (slot / courts.size()) % 24;
        int days = 1 + (slot / courts.size() / 24) % 28;
        String member = members.get(n % members.size());
        String startsAt = Platform.slot(days, hour);
        String endsAt = java.time.Instant.parse(startsAt).plus(Duration.ofHours(1)).toString();
        Result result = call("hold", post("/api/v1/reservations", member, "{\"courtId\":\"" + court + "\",\"startsAt\":\""
                + startsAt + "\",\"endsAt\":\"" + endsAt + "\"}", Map.of()));
        if (result.status() == 201) {
            Matcher id = ID.matcher(result.body());
            if (id.find()) {
                won.add(new String[] { id.group(1), member });
            }
        }
    }

    private void pay() {
        String[] hold = won.poll();
        if (hold == null) {
            return;
        }
        call("pay", post("/api/v1/reservations/" + hold[0] + "/payment", hold[1], "",
                Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    }

    private void join() {
        call("join", post("/api/v1/queue/" + gate + "/tokens", members.get((int) (Math.random() * members.size())), "",
                Map.of()));
    }

    private void balance() {
        call("balance", HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/v1/wallet")).timeout(NO_ANSWER)
                .header("Authorization", "Bearer " + members.get((int) (Math.random() * members.size()))).GET().build());
    }

    private HttpRequest post(String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.GATEWAY + path)).timeout(NO_ANSWER)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return request.build();
    }

    private Result call(String kind, HttpRequest request) {
        long started = System.currentTimeMillis();
        int status = 0;
        String retryAfter = "-";
        String body = "";
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            retryAfter = response.headers().firstValue("Retry-After").orElse("-");
            body = response.body();
        }
        catch (IOException ex) {
            status = 0;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        record(started + "," + kind + "," + status + "," + (System.currentTimeMillis() - started) + "," + retryAfter);
        return new Result(status, body);
    }

    private synchronized void record(String line) {
        try {
            out.write(line);
            out.write('\n');
            out.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private record Result(int status, String body) {
    }
}
