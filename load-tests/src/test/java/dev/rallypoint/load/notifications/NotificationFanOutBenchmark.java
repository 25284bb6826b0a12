package dev.rallypoint.load.notifications;

import dev.rallypoint.load.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark: {@code members} (default 2,000) members hold a Server-Sent Events stream of their
 * notifications open through the gateway at once; an admin then announces to every member, and each
 * stream measures how long after the announcement was accepted it received it. Target on two cores:
 * every stream stays open, all receive it, p99 at most 1 s (and the platform's memory target kept:
 * watch the services' heap in Grafana or {@code /actuator/prometheus} meanwhile).
 *
 * <p>It is a plain program rather than a Gatling simulation because what it measures is not a request's
 * answer but the arrival of one message on thousands of open streams:
 * {@code ./mvnw -B -Pload-tests -pl load-tests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.rallypoint.load.notifications.NotificationFanOutBenchmark -DadminPassword=...}
 * (settings in {@link Platform}; {@code holdSeconds}, default 30, how long the streams stay open after
 * the announcement). Prints the connection count, the latency percentiles and PASS or FAIL.
 */
public final class NotificationFanOutBenchmark {

    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"fan-out (\\d+)\"");

    private NotificationFanOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = Platform.members(2_000);
        int holdSeconds = Integer.getInteger("holdSeconds", 30);
        List<String> tokens = Platform.memberTokens(members);
        String admin = Platform.adminToken();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        CountDownLatch connected = new CountDownLatch(members);
        CountDownLatch received = new CountDownLatch(members);
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long[] announcedAt = { 0 };
        try (ExecutorService streams = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String token : tokens) {
                streams.submit(() -> hold(http, token, connected, received, refused, latencies, announcedAt));
            }
            if (!connected.await(120, TimeUnit.SECONDS)) {
                System.out.printf("only %d of %d streams connected in 120 s (%d refused)%n",
                        members - connected.getCount(), members, refused.get());
            }
            System.out.printf("%d streams open through %s%n", members - connected.getCount(), Platform.GATEWAY);
            long now = System.currentTimeMillis();
            synchronized (announcedAt) {
                announcedAt[0] = now;
            }
            Platform.post(Platform.GATEWAY + "/api/v1/admin/notifications/announcements", admin,
                    "{\"title\":\"fan-out " + now + "\",\"body\":\"benchmark\",\"role\":\"MEMBER\"}");
            boolean all = received.await(holdSeconds, TimeUnit.SECONDS);
            report(members, latencies, all);
            streams.shutdownNow();
        }
        System.exit(0);
    }

    private static void hold(HttpClient http, String token, CountDownLatch connected, CountDownLatch received,
            AtomicInteger refused, ConcurrentLinkedQueue<Long> latencies, long[] announcedAt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                refused.incrementAndGet();
                connected.countDown();
                return;
            }
            connected.countDown();
            boolean[] done = { false };
            response.body().forEach(line -> {
                Matcher title = TITLE.matcher(line);
                if (!done[0] && line.startsWith("data:") && title.find()) {
                    latencies.add(System.currentTimeMillis() - Long.parseLong(title.group(1)));
                    done[0] = true;
                    received.countDown();
                }
            });
        }
        catch (Exception ex) {
            refused.incrementAndGet();
            connected.countDown();
        }
    }

    private static void report(int members, ConcurrentLinkedQueue<Long> latencies, boolean all) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("FAIL: no stream received the announcement");
            return;
        }
        long p50 = percentile(sorted, 50);
        long p95 = percentile(sorted, 95);
        long p99 = percentile(sorted, 99);
        System.out.printf("received by %d of %d streams; latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                sorted.size(), members, p50, p95, p99, sorted.getLast());
        System.out.println(all && p99 <= 1_000 ? "PASS" : "FAIL (target: all streams, p99 <= 1000 ms)");
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }
}
