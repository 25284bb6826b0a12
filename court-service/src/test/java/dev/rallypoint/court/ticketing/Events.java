package dev.rallypoint.court.ticketing;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Ticketed events set up through the real API, and the calls a member makes on them. */
final class Events {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Events() {
    }

    /** An event of the club with one date {@code days} ahead and {@code seats} seats at {@code price}. */
    static TestEvent announce(Api api, Fixtures.TestClub club, int seats, long price, int days) {
        Instant startsAt = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Api.Response created = api.post("/api/v1/manager/events", club.managerToken(), json(
                "{'title':'Exhibition %s','clubId':'%s','dates':['%s'],'seatsPerDate':%d,'pricePerSeat':%d,'highDemand':true}",
                UUID.randomUUID(), club.clubId(), startsAt, seats, price));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID eventId = UUID.fromString(created.json().path("id").asString());
        UUID dateId = UUID.fromString(created.json().path("dates").get(0).path("id").asString());
        return new TestEvent(eventId, dateId, club);
    }

    static Api.Response post(int port, String path, String token, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers(), response.body());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Fires the requests at once from as many virtual threads and collects the answers. */
    static List<Api.Response> race(int requests, IntFunction<Api.Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                int index = i;
                calls.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
        }
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> call : calls) {
            responses.add(call.get());
        }
        return responses;
    }

    record TestEvent(UUID eventId, UUID dateId, Fixtures.TestClub club) {

        String base() {
            return "/api/v1/events/" + eventId + "/dates/" + dateId;
        }

        String hold(int seat) {
            return base() + "/seats/" + seat + "/hold";
        }

        String reservation(String reservationId) {
            return base() + "/seat-reservations/" + reservationId;
        }

        String payment(String reservationId) {
            return reservation(reservationId) + "/payment";
        }

        String seats() {
            return base() + "/seats";
        }
    }
}
