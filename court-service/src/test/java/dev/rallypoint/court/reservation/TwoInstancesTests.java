package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.CourtServiceApplication;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.Race;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.court.payment.TestWallet;
import dev.rallypoint.test.TestDatabase;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestRedis;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two court-service instances on the same PostgreSQL, Redis and clock, as two pods run (docs/deployment.md).
 * The hold race of {@link ReservationRaceTests} with every other racer at the other instance still has exactly
 * one winner, because the slot lock lives in Redis and the last word is PostgreSQL's. Both instances sweep
 * overdue holds every second, and each hold still expires once, because a sweep skips the rows the other one
 * has locked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests extends HttpTest {

    static final int RACERS = 100;

    static final int ROUNDS = 5;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    ConfigurableApplicationContext second;

    @BeforeAll
    void startSecondInstance() {
        TestDatabase database = TestDatabase.get();
        TestRedis redis = TestRedis.get();
        second = new SpringApplicationBuilder(CourtServiceApplication.class)
                // both instances keep the same time, as two pods on synchronised clocks do
                .initializers(context -> context.getBeanFactory().registerSingleton("sharedTestClock", clock))
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.data.redis.host=" + redis.host(),
                        "--spring.data.redis.port=" + redis.port(),
                        "--rallypoint.redis.key-prefix=" + redis.keyPrefix(),
                        "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                        // the first instance consumes; this one only serves requests and publishes
                        "--spring.kafka.listener.auto-startup=false",
                        "--rallypoint.security.jwk-set-uri=" + TestTokens.jwkSetUri(),
                        // the same wallet stand-in and service client as the first instance (HttpTest)
                        "--rallypoint.payments.wallet-url=" + TestWallet.url(),
                        "--rallypoint.security.service-client.token-uri=" + TestWallet.url() + "/service-tokens",
                        "--rallypoint.security.service-client.secret=court-secret-for-tests",
                        "--eureka.client.enabled=false");
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void exactlyOneOfAHundredHoldsSpreadOverTwoInstancesWinsFiveTimesOver() throws Exception {
        Api first = api();
        Api other = new Api(((WebServerApplicationContext) second).getWebServer().getPort());
        Fixtures.TestClub club = Fixtures.club(first, "UTC");
        ReservationRaceTests.warmUp(first, club);
        ReservationRaceTests.warmUp(other, club);
        int[] winsByInstance = new int[2];
        for (int round = 0; round < ROUNDS; round++) {
            int hour = 8 + round;
            List<String> members = ReservationRaceTests.tokens(RACERS);

            List<Api.Response> responses = Race.run(RACERS, i -> (i % 2 == 0 ? first : other)
                    .post("/api/v1/reservations", members.get(i), Slots.body(club.courtId(), 4, hour, hour + 1)));

            ReservationRaceTests.assertOneWinner(responses, "round " + round);
            for (int i = 0; i < RACERS; i++) {
                if (responses.get(i).status() == 201) {
                    winsByInstance[i % 2]++;
                }
            }
        }
        assertThat(jdbc.sql(ReservationRaceTests.OVERLAPPING_ACTIVE).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from reservation where court_id = :court and status = 'HELD'")
                .param("court", club.courtId()).query(Long.class).single()).isEqualTo(ROUNDS);
        System.out.printf("two instances: %d rounds of %d racers, won through the first %d times, through the second %d times%n",
                ROUNDS, RACERS, winsByInstance[0], winsByInstance[1]);
    }

    @Test
    void eachOverdueHoldExpiresOnceWhileBothInstancesSweep() {
        Api first = api();
        Api other = new Api(((WebServerApplicationContext) second).getWebServer().getPort());
        Fixtures.TestClub club = Fixtures.club(first, "UTC");
        List<UUID> holds = new ArrayList<>();
        for (int hour = 6; hour < 22; hour++) {
            Api instance = hour % 2 == 0 ? first : other;
            Api.Response held = instance.post("/api/v1/reservations", ReservationRaceTests.tokens(1).getFirst(),
                    Slots.body(club.courtId(), 5, hour, hour + 1));
            assertThat(held.status()).as(held.toString()).isEqualTo(201);
            holds.add(UUID.fromString(held.json().path("id").asString()));
        }

        clock.advance(Duration.ofMinutes(6));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(jdbc.sql("select count(*) from reservation where court_id = :court and status = 'EXPIRED'")
                        .param("court", club.courtId()).query(Long.class).single()).isEqualTo(holds.size()));
        for (UUID hold : holds) {
            assertThat(jdbc.sql("""
                    select count(*) from event_publication
                    where event_type like '%.ReservationExpired' and serialized_event like :id""")
                    .param("id", "%" + hold + "%").query(Long.class).single()).as("ReservationExpired of " + hold).isEqualTo(1);
        }
    }
}
