package dev.rallypoint.court.walkin;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.CourtKeys;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.Race;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Walk-in waiting over real HTTP, PostgreSQL and Redis: the desk's calls, answers, deadlines that fire once, no-shows, the board rebuilt. */
class WalkInFlowTests extends HttpTest {

    @Autowired
    TestClock clock;

    @Autowired
    WalkIns walkIns;

    @Autowired
    WalkInBoard board;

    @Autowired
    RedissonClient redisson;

    @Autowired
    CourtKeys keys;

    @Autowired
    JdbcClient jdbc;

    final String alice = TestTokens.member(UUID.randomUUID());

    final String bob = TestTokens.member(UUID.randomUUID());

    @Test
    void aPartyIsCalledAnswersArrivesAndEntersWhileTheNextMovesUp() {
        Api api = api();
        Fixtures.TestClub club = openAllDay(api);
        String base = "/api/v1/clubs/" + club.clubId() + "/walk-ins";

        Api.Response first = api.post(base, alice, json("{'partySize':2}"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("ticket").asInt()).isEqualTo(1);
        assertThat(first.json().path("position").asInt()).isEqualTo(1);
        assertThat(first.json().path("estimatedWaitMinutes").asInt()).isZero();
        Api.Response second = api.post(base, bob, json("{'partySize':4}"));
        assertThat(second.json().path("position").asInt()).isEqualTo(2);
        assertThat(second.json().path("estimatedWaitMinutes").asInt()).isEqualTo(10);
        Api.Response byDesk = api.post(base, club.managerToken(), json("{'partySize':3,'phone':'010-1234-5678'}"));
        assertThat(byDesk.json().path("ticket").asInt()).isEqualTo(3);
        assertProblem(api.post(base, alice, json("{'partySize':2}")), 409, "walk-in-duplicate");
        assertProblem(api.post(base, alice, json("{'partySize':2,'phone':'010-1234-5678'}")), 403, "not-club-manager");

        String mine = base + "/" + first.json().path("id").asString();
        String bobs = base + "/" + second.json().path("id").asString();
        assertProblem(api.post(mine + "/first-call", alice, null), 403, "not-club-manager");
        assertProblem(api.post(mine + "/answer", alice, json("{'travelMinutes':5}")), 409, "walk-in-state");
        assertThat(status(api.post(mine + "/first-call", club.managerToken(), null))).isEqualTo("FIRST_CALLED");
        assertThat(jdbc.sql("""
                select count(*) from event_publication where event_type like '%WalkInCalled' and serialized_event like :id""")
                .param("id", "%" + first.json().path("id").asString() + "%").query(Long.class).single())
                .as("the call goes out through the outbox").isPositive();
        assertProblem(api.post(mine + "/answer", alice, json("{'travelMinutes':16}")), 400, "walk-in-travel-time");
        Api.Response coming = api.post(mine + "/answer", alice, json("{'travelMinutes':10}"));
        assertThat(status(coming)).isEqualTo("COMING");
        assertThat(status(api.get(mine, alice))).isEqualTo("COMING");
        assertThat(status(api.get(mine, club.managerToken()))).isEqualTo("COMING");
        assertProblem(api.post(mine + "/entry", club.managerToken(), null), 409, "walk-in-state");
        assertThat(status(api.post(mine + "/arrival", alice, null))).isEqualTo("ARRIVED");
        assertThat(status(api.post(mine + "/entry", club.managerToken(), null))).isEqualTo("ENTERED");

        Api.Response ended = api.get(mine, alice);
        assertThat(status(ended)).isEqualTo("ENTERED");
        assertThat(ended.json().path("position").isNull()).isTrue();
        assertThat(api.get(bobs, bob).json().path("position").asInt()).isEqualTo(1);
        assertProblem(api.post(mine + "/cancellation", alice, null), 409, "walk-in-state");
        assertThat(status(api.post(bobs + "/cancellation", club.managerToken(), null))).isEqualTo("OWNER_CANCEL");
        assertThat(api.get(base, club.managerToken()).json()).hasSize(3);
    }

    @Test
    void onlyThePartyAndTheClubsDeskSeeAnEntry() {
        Api api = api();
        Fixtures.TestClub club = openAllDay(api);
        Fixtures.TestClub other = openAllDay(api);
        String base = "/api/v1/clubs/" + club.clubId() + "/walk-ins";
        String mine = base + "/" + api.post(base, alice, json("{'partySize':2}")).json().path("id").asString();

        assertProblem(api.get(mine, bob), 404, "walk-in-not-found");
        assertProblem(api.post(mine + "/cancellation", bob, null), 404, "walk-in-not-found");
        assertProblem(api.get(mine, other.managerToken()), 403, "not-club-manager");
        assertProblem(api.get(base, other.managerToken()), 403, "not-club-manager");
        assertProblem(api.get(base, alice), 403, "not-club-manager");
        assertProblem(api.get("/api/v1/clubs/" + other.clubId() + "/walk-ins/" + mine.substring(mine.lastIndexOf('/') + 1),
                other.managerToken()), 404, "walk-in-not-found");
        assertThat(api.get(mine, Fixtures.admin()).status()).isEqualTo(200);
        assertThat(api.get(mine, null).status()).isEqualTo(401);
        assertThat(api.post(base, null, json("{'partySize':2}")).status()).isEqualTo(401);
        assertProblem(api.post("/api/v1/clubs/" + UUID.randomUUID() + "/walk-ins", alice, json("{'partySize':2}")), 404,
                "club-not-found");
        assertThat(api.post(base, bob, json("{'partySize':0}")).status()).isEqualTo(400);
        assertThat(api.post(base, bob, json("{}")).status()).isEqualTo(400);
        assertThat(api.post(base, bob, "[").status()).isEqualTo(400);
    }

    @Test
    void aClosedClubTakesNoWalkIns() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        DayOfWeek tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).getDayOfWeek();
        reschedule(api, club, "{'day':'%s','opens':'00:00','closes':'00:00'}".formatted(tomorrow));

        assertProblem(api.post("/api/v1/clubs/" + club.clubId() + "/walk-ins", alice, json("{'partySize':2}")), 422,
                "walk-in-club-closed");
    }

    @Test
    void unansweredCallsEndOnceOnTwoSweepersAndThreeNoShowsShutTheDoor() throws Exception {
        Api api = api();
        Fixtures.TestClub club = openAllDay(api);
        String base = "/api/v1/clubs/" + club.clubId() + "/walk-ins";
        String member = TestTokens.member(UUID.randomUUID());
        for (int round = 0; round < 3; round++) {
            String once = base + "/" + api.post(base, alice, json("{'partySize':2}")).json().path("id").asString();
            String noShow = base + "/" + api.post(base, member, json("{'partySize':2}")).json().path("id").asString();
            api.post(once + "/first-call", club.managerToken(), null);
            api.post(noShow + "/first-call", club.managerToken(), null);
            assertThat(status(api.post(noShow + "/final-call", club.managerToken(), null))).isEqualTo("FINAL_CALLED");

            clock.advance(Duration.ofMinutes(10));
            Race.run(4, i -> {
                walkIns.sweepUnanswered();
                return new Api.Response(200, null, "");
            });

            await().atMost(Duration.ofSeconds(10)).until(() -> status(api.get(noShow, member)).equals("NO_ANSWER2"));
            assertThat(status(api.get(once, alice))).isEqualTo("NO_ANSWER");
            assertProblem(api.post(noShow + "/answer", member, json("{'travelMinutes':5}")), 409, "walk-in-state");
        }
        assertThat(api.get(base + "/no-shows", club.managerToken()).json()).as("each no-show recorded once").hasSize(3);
        assertThat(jdbc.sql("select count(*) from walk_in_no_show where club_id = :club").param("club", club.clubId())
                .query(Long.class).single()).isEqualTo(3);

        assertProblem(api.post(base, member, json("{'partySize':2}")), 422, "walk-in-too-many-no-shows");
        String forgiven = api.get(base + "/no-shows", club.managerToken()).json().get(0).path("id").asString();
        assertThat(api.delete(base + "/no-shows/" + forgiven, club.managerToken()).status()).isEqualTo(204);
        assertProblem(api.delete(base + "/no-shows/" + forgiven, club.managerToken()), 404, "walk-in-no-show-not-found");
        assertProblem(api.delete(base + "/no-shows", member), 403, "not-club-manager");
        assertThat(api.post(base, member, json("{'partySize':2}")).status()).isEqualTo(201);
        assertThat(api.delete(base + "/no-shows", club.managerToken()).status()).isEqualTo(204);
        assertThat(api.get(base + "/no-shows", club.managerToken()).json()).isEmpty();
    }

    @Test
    void theBoardIsRebuiltFromTheDatabaseWhenRedisLostIt() {
        Api api = api();
        Fixtures.TestClub club = openAllDay(api);
        String base = "/api/v1/clubs/" + club.clubId() + "/walk-ins";
        UUID id = UUID.fromString(api.post(base, alice, json("{'partySize':2}")).json().path("id").asString());
        api.post(base, bob, json("{'partySize':2}"));
        assertThat(board.read(id)).isPresent();

        redisson.getKeys().deleteByPattern(keys.prefix() + "walk-in:*");
        assertThat(board.read(id)).isEmpty();
        assertThat(api.get(base + "/" + id, alice).json().path("position").asInt()).as("read from the database").isEqualTo(1);

        redisson.getKeys().deleteByPattern(keys.prefix() + "walk-in:*");
        walkIns.rebuildBoard();
        assertThat(board.read(id)).hasValueSatisfying(posted -> {
            assertThat(posted.status()).isEqualTo(WalkInStatus.WAITING);
            assertThat(posted.position()).isEqualTo(1);
        });
    }

    private static Fixtures.TestClub openAllDay(Api api) {
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        StringBuilder days = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.append(days.isEmpty() ? "" : ",").append("{'day':'%s','opens':'00:00','closes':'00:00'}".formatted(day));
        }
        reschedule(api, club, days.toString());
        return club;
    }

    private static void reschedule(Api api, Fixtures.TestClub club, String hours) {
        Api.Response rescheduled = api.put("/api/v1/manager/clubs/" + club.clubId() + "/schedule", club.managerToken(),
                json("{'slotMinutes':60,'hours':[" + hours + "]}"));
        assertThat(rescheduled.status()).as(rescheduled.toString()).isEqualTo(200);
    }

    private static String status(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("status").asString();
    }

    static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.code()).isEqualTo(code);
    }
}
