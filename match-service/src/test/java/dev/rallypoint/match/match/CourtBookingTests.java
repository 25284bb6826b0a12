package dev.rallypoint.match.match;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.match.TestClock;
import dev.rallypoint.match.TestCourts;
import dev.rallypoint.match.TestUsers;
import dev.rallypoint.match.court.CourtHolds;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matcher books a court through court-service (its contract stub, {@link TestCourts}) before a match
 * exists: a match always has its court, no court means no match, and court-service down means no match and
 * a breaker that opens and recovers.
 */
@MatchServiceTest
class CourtBookingTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;

    @Autowired
    Matcher matcher;

    @Autowired
    CourtHolds courts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    /** Where the requests' window starts: a day ahead of the test clock, to the minute. */
    LocalDateTime from;

    @BeforeEach
    void windowStartsADayAhead() {
        from = LocalDateTime.ofInstant(clock.instant(), SEOUL).truncatedTo(ChronoUnit.MINUTES).plusDays(1);
    }

    @AfterEach
    void courtsFreeAgain() {
        TestCourts.free();
    }

    @Test
    void aFormedMatchHasTheCourtHeldForItsOldestPlayerUnderTheMatchsKey() {
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "1.0");
        UUID bob = ask(club, "1.0");

        matcher.runOnce();

        UUID match = jdbc.sql("select m.id from matches m join match_player p on p.match_id = m.id where p.player_id = ?")
                .param(ann).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from matches where id = ? and court_id is not null and reservation_id is not null and booked_for = ?")
                .param(match).param(ann).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from match_player where match_id = ? and player_id = ?").param(match).param(bob)
                .query(Long.class).single()).isOne();
        TestCourts.SERVER.verify(1, postRequestedFor(urlEqualTo(TestCourts.HOLDS))
                .withHeader("Idempotency-Key", equalTo("match-" + match))
                .withHeader("Authorization", equalTo("Bearer match-service-token"))
                .withRequestBody(equalToJson("{\"memberId\":\"" + ann + "\",\"clubId\":\"" + club + "\"}", true, true)));
        Api.Response view = new Api(port).get("/api/v1/matches/" + match, TestTokens.member(bob));
        assertThat(view.json().path("reservationId").asString()).isNotBlank();
    }

    @Test
    void withoutAFreeCourtNoMatchIsFormedAndTheRequestsStayOpen() {
        TestCourts.full();
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "1.5");
        UUID bob = ask(club, "1.5");

        matcher.runOnce();

        assertThat(matchesOf(ann, bob)).isZero();
        assertThat(openRequestsOf(ann, bob)).isEqualTo(2);
        TestCourts.SERVER.verify(postRequestedFor(urlEqualTo(TestCourts.HOLDS))
                .withRequestBody(matching(".*" + club + ".*")));
        assertThat(courts.state()).as("no free court is an answer, not a failure").isNotEqualTo(CircuitBreaker.State.OPEN);

        TestCourts.free();
        matcher.runOnce();
        assertThat(matchesOf(ann, bob)).isEqualTo(2);
        assertThat(openRequestsOf(ann, bob)).isZero();
    }

    @Test
    void courtServiceDownFormsNoHalfMatchAndTheBreakerOpensAndRecovers() {
        TestCourts.down();
        UUID club = UUID.randomUUID();
        UUID ann = ask(club, "2.0");
        UUID bob = ask(club, "2.0");

        for (int round = 0; round < 3 && courts.state() != CircuitBreaker.State.OPEN; round++) {
            matcher.runOnce();
        }

        assertThat(courts.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(matchesOf(ann, bob)).isZero();
        assertThat(openRequestsOf(ann, bob)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from matches m where not exists (select 1 from match_player p where p.match_id = m.id)")
                .query(Long.class).single()).isZero();
        TestCourts.free();
        assertThat(matcher.runOnce()).as("an open breaker answers at once, without asking court-service").isZero();
        assertThat(matchesOf(ann, bob)).isZero();

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            matcher.runOnce();
            assertThat(matchesOf(ann, bob)).isEqualTo(2);
        });
        assertThat(courts.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(openRequestsOf(ann, bob)).isZero();
    }

    @Test
    void theOtherSharedClubIsTriedWhenTheFirstHasNoFreeCourtAtThatStart() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestCourts.taken(first, null);
        UUID ann = ask(List.of(first, second), "2.5", 2);
        UUID bob = ask(List.of(first, second), "2.5", 2);

        matcher.runOnce();

        UUID match = matchOf(ann);
        assertThat(jdbc.sql("select club_id from matches where id = ?").param(match).query(UUID.class).single()).isEqualTo(second);
        assertThat(startOf(match)).isEqualTo(firstStart());
        assertThat(matchesOf(ann, bob)).isEqualTo(2);
        TestCourts.SERVER.verify(1, postRequestedFor(urlEqualTo(TestCourts.HOLDS)).withHeader("Idempotency-Key", equalTo("match-" + match))
                .withRequestBody(matchingJsonPath("$.clubId", equalTo(first.toString()))));
        TestCourts.SERVER.verify(1, postRequestedFor(urlEqualTo(TestCourts.HOLDS)).withHeader("Idempotency-Key", equalTo("match-" + match + "-2"))
                .withRequestBody(matchingJsonPath("$.clubId", equalTo(second.toString()))));
    }

    @Test
    void theNextAlignedStartIsTriedWhenTheFirstHasNoFreeCourt() {
        UUID club = UUID.randomUUID();
        TestCourts.taken(club, firstStart());
        UUID ann = ask(club, "3.0");
        UUID bob = ask(club, "3.0");

        matcher.runOnce();

        UUID match = matchOf(ann);
        assertThat(startOf(match)).isEqualTo(firstStart().plus(Duration.ofMinutes(30)));
        assertThat(matchesOf(ann, bob)).isEqualTo(2);
        assertThat(openRequestsOf(ann, bob)).isZero();
    }

    @Test
    void aMatchIsGivenUpForTheRoundAfterTheConfiguredNumberOfCourtTimes() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestCourts.taken(first, null);
        TestCourts.taken(second, null);
        UUID ann = ask(List.of(first, second), "3.5", 6);
        UUID bob = ask(List.of(first, second), "3.5", 6);

        matcher.runOnce();

        assertThat(matchesOf(ann, bob)).isZero();
        assertThat(openRequestsOf(ann, bob)).isEqualTo(2);
        Map<String, List<String>> keysByMatch = TestCourts.SERVER.findAll(postRequestedFor(urlEqualTo(TestCourts.HOLDS))
                        .withRequestBody(matching(".*(" + first + "|" + second + ").*")))
                .stream().map(request -> request.getHeader("Idempotency-Key"))
                .collect(Collectors.groupingBy(key -> key.substring(0, "match-".length() + 36)));
        assertThat(keysByMatch).as("court times asked per planned match (rallypoint.match.court-attempts, 6)")
                .isNotEmpty().allSatisfy((match, keys) -> assertThat(keys).hasSizeLessThanOrEqualTo(6)
                        .allMatch(key -> key.equals(match) || key.matches(match + "-[2-6]")));
        assertThat(keysByMatch.values()).anySatisfy(keys -> assertThat(keys).hasSize(6).doesNotHaveDuplicates());
    }

    private UUID ask(UUID club, String level) {
        return ask(List.of(club), level, 2);
    }

    private UUID ask(List<UUID> clubs, String level, int hours) {
        UUID player = UUID.randomUUID();
        TestUsers.level(player, level);
        String singles = Api.json("""
                {'gameType':'SINGLES','minLevel':%s,'maxLevel':%s,'zone':'Asia/Seoul',
                 'windows':[{'start':'%s','end':'%s'}],'clubIds':[%s]}""", level, level, from, from.plusHours(hours),
                clubs.stream().map(club -> "'" + club + "'").collect(Collectors.joining(",")));
        Api.Response asked = new Api(port).post("/api/v1/match-requests", TestTokens.member(player), singles);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        return player;
    }

    /** The first start on the half hour inside the window: the court time the matcher asks for first. */
    private Instant firstStart() {
        long halfHour = Duration.ofMinutes(30).toMillis();
        return Instant.ofEpochMilli(Math.ceilDiv(from.atZone(SEOUL).toInstant().toEpochMilli(), halfHour) * halfHour);
    }

    private UUID matchOf(UUID player) {
        return jdbc.sql("select match_id from match_player where player_id = ?").param(player).query(UUID.class).single();
    }

    private Instant startOf(UUID match) {
        return jdbc.sql("select starts_at from matches where id = ?").param(match).query(OffsetDateTime.class).single()
                .toInstant();
    }

    private long matchesOf(UUID one, UUID two) {
        return jdbc.sql("select count(*) from match_player where player_id in (?, ?)").param(one).param(two)
                .query(Long.class).single();
    }

    private long openRequestsOf(UUID one, UUID two) {
        return jdbc.sql("select count(*) from match_request where player_id in (?, ?) and status = 'OPEN'").param(one)
                .param(two).query(Long.class).single();
    }
}
