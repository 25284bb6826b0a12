package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.CourtServiceApplication;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.Race;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestDatabase;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestRedis;
import dev.rallypoint.test.TestTokens;
import java.util.List;
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
 * The hold race of {@link ReservationRaceTests} with the racers spread over two court-service instances on the
 * same PostgreSQL and Redis, every other racer at the other instance: still exactly one winner a round, every
 * other racer 409, nothing overlapping in the database. The slot lock lives in Redis and the last word is
 * PostgreSQL's, so which instance a racer reaches does not matter (docs/deployment.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesRaceTests extends HttpTest {

    static final int RACERS = 200;

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
                        "--eureka.client.enabled=false");
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void exactlyOneOfTwoHundredHoldsSpreadOverTwoInstancesWinsFiveTimesOver() throws Exception {
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
}
