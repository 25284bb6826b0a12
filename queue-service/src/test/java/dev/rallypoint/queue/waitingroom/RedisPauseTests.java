package dev.rallypoint.queue.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.test.PrivateRedis;
import dev.rallypoint.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis frozen (SIGSTOP: connections open, nothing answers) under a queue-service with its admission
 * worker running on the real clock: every join and poll is answered within 2 s, with 503 service-busy
 * and Retry-After, none hangs; once Redis runs again, joins succeed and the worker admits again by itself.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RedisPauseTests {

    static final PrivateRedis redis = PrivateRedis.start();

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    static final Pattern TOKEN = Pattern.compile("\"token\":\"([0-9a-f-]{36})\"");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void privateRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", redis::host);
        registry.add("spring.data.redis.port", redis::port);
        // the services' default (service-defaults.properties), not the test infrastructure's 5 s
        registry.add("spring.data.redis.timeout", () -> "1s");
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void whileRedisIsPausedEveryJoinAndPollIsRefusedWithin2sAndAdmissionResumesAfterwards() {
        String gate = openGate();
        UUID early = UUID.randomUUID();
        String earlyToken = tokenOf(send(join(gate, early)));
        await().atMost(Duration.ofSeconds(30)).until(() -> send(poll(gate, earlyToken, early)).body().contains("\"ADMITTED\""));

        redis.pause();
        List<Answer> answers = new ArrayList<>();
        List<Answer> baseline = new ArrayList<>();
        try {
            for (int round = 0; round < 5; round++) {
                List<CompletableFuture<Answer>> calls = new ArrayList<>();
                List<CompletableFuture<Answer>> withoutRedis = new ArrayList<>();
                try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int i = 0; i < 4; i++) {
                        calls.add(CompletableFuture.supplyAsync(() -> timed(join(gate, UUID.randomUUID())), callers));
                        calls.add(CompletableFuture.supplyAsync(() -> timed(poll(gate, earlyToken, early)), callers));
                    }
                    // the same request with an invalid gate is refused before Redis: what this machine adds now
                    withoutRedis.add(CompletableFuture.supplyAsync(() -> timed(join("Not-A-Gate", early)), callers));
                }
                calls.forEach(call -> answers.add(call.join()));
                withoutRedis.forEach(call -> baseline.add(call.join()));
            }
        }
        finally {
            redis.resume();
        }

        // within 2 s; on a saturated shared machine, plus the delay it adds to a request that needs no Redis
        Duration machine = baseline.stream().map(Answer::elapsed).max(Duration::compareTo).orElseThrow();
        assertThat(baseline).allSatisfy(answer -> assertThat(answer.response().statusCode()).isEqualTo(400));
        assertThat(answers).hasSize(40).allSatisfy(answer -> {
            assertThat(answer.elapsed()).isLessThan(ANSWER_WITHIN.plus(machine));
            assertThat(answer.response().statusCode()).isEqualTo(503);
            assertThat(answer.response().headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 5L));
            assertThat(answer.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.response().body()).contains("\"code\":\"service-busy\"");
        });
        System.out.printf("Redis paused: 40 joins and polls answered 503 in at most %d ms (median %d ms); "
                + "requests refused before Redis in at most %d ms%n",
                answers.stream().mapToLong(answer -> answer.elapsed().toMillis()).max().orElseThrow(),
                answers.stream().mapToLong(answer -> answer.elapsed().toMillis()).sorted().skip(20).findFirst().orElseThrow(),
                machine.toMillis());

        UUID late = UUID.randomUUID();
        await().atMost(Duration.ofSeconds(30)).until(() -> send(join(gate, late)).statusCode() == 201);
        String lateToken = tokenOf(send(join(gate, late)));
        await().atMost(Duration.ofSeconds(30)).until(() -> send(poll(gate, lateToken, late)).body().contains("\"ADMITTED\""));
    }

    record Answer(HttpResponse<String> response, Duration elapsed) {
    }

    String openGate() {
        String gate = "g-" + UUID.randomUUID();
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/admin/queue/gates"))
                .header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"gate\":\"" + gate + "\",\"ratePerSecond\":20,\"maxActive\":1000}"))
                .build());
        assertThat(created.statusCode()).isEqualTo(201);
        return gate;
    }

    HttpRequest join(String gate, UUID user) {
        return HttpRequest.newBuilder(uri("/api/v1/queue/" + gate + "/tokens")).header("Authorization", bearer(user))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    HttpRequest poll(String gate, String token, UUID user) {
        return HttpRequest.newBuilder(uri("/api/v1/queue/" + gate + "/tokens/" + token)).header("Authorization", bearer(user))
                .timeout(Duration.ofSeconds(10)).GET().build();
    }

    Answer timed(HttpRequest request) {
        long start = System.nanoTime();
        HttpResponse<String> response = send(request);
        return new Answer(response, Duration.ofNanos(System.nanoTime() - start));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static String tokenOf(HttpResponse<String> response) {
        Matcher token = TOKEN.matcher(response.body());
        assertThat(token.find()).as("a token in %s", response.body()).isTrue();
        return token.group(1);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String bearer(UUID user) {
        return "Bearer " + TestTokens.member(user);
    }
}
