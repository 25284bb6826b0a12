package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.Traffic;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.FreshSetup;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one hold and one cancellation cost, counted: every SQL statement, commit and Redis round trip
 * the service makes for them through its real HTTP API, the outbox's follow-up work included, so
 * that the hot path cannot grow again unnoticed. Background work on its own threads (sweeps, the
 * outbox's periodic resubmission, the waitlist's look at freed time) and this test's own queries are
 * not part of the operation. One count is one round trip: a statement, a commit, a Redis command or
 * pipeline.
 */
class HoldCostTests extends HttpTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clubs clubs;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aHoldAndItsCancellationMakeAFixedNumberOfDatabaseAndRedisRoundTrips() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String token = TestTokens.member(UUID.randomUUID());
        ReservationRaceTests.warmUp(api, club);
        awaitOutboxDrained();

        FreshSetup.load(events, clubs, club.courtId());
        Traffic.start();
        Api.Response held = api.post("/api/v1/reservations", token, Slots.body(club.courtId(), 5, 15, 16));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        awaitOutboxDrained();
        List<Traffic.Call> hold = Traffic.stop(this::partOfTheOperation);
        String reservation = held.json().path("id").asString();

        FreshSetup.load(events, clubs, club.courtId());
        Traffic.start();
        Api.Response cancelled = api.post("/api/v1/reservations/" + reservation + "/cancellation", token, null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        awaitOutboxDrained();
        List<Traffic.Call> cancel = Traffic.stop(this::partOfTheOperation);

        System.out.println("HOLD COST " + summary(hold) + "\n" + lines(hold));
        System.out.println("CANCEL COST " + summary(cancel) + "\n" + lines(cancel));
        assertThat(summary(hold)).as("hold: %s", lines(hold))
                .isEqualTo(Map.of("sql", 9L, "commit", 3L, "redis", 3L));
        assertThat(summary(cancel)).as("cancel: %s", lines(cancel))
                .isEqualTo(Map.of("sql", 8L, "commit", 3L, "redis", 2L));
    }

    /** Waits until every publication of the outbox has been sent and marked complete. */
    private void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and publication_date > now() - interval '1 minute'""")
                .query(Long.class).single() == 0);
    }

    /**
     * The request's thread, the outbox's externalization (an executor's {@code task-} thread, then the
     * Kafka producer's thread that marks it complete) and Redisson's connections (but for their
     * keep-alive pings); not the periodic jobs (each on a thread named after it) nor this test's polling.
     */
    private boolean partOfTheOperation(Traffic.Call call) {
        return Stream.of("tomcat-handler-", "task-", "kafka-producer-network-thread", "redisson-netty-")
                .anyMatch(call.thread()::startsWith) && !call.text().equals("PING");
    }

    private static Map<String, Long> summary(List<Traffic.Call> calls) {
        return calls.stream().collect(Collectors.groupingBy(Traffic.Call::kind, Collectors.counting()));
    }

    private static String lines(List<Traffic.Call> calls) {
        return calls.stream().map(Traffic.Call::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
