package dev.rallypoint.court.waitlist;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The waitlist over real HTTP: first come first served offers, decline and lapse pass the slot on, refusals, who sees what. */
class WaitlistTests extends HttpTest {

    @Autowired
    TestClock clock;

    final String holder = TestTokens.member(UUID.randomUUID());

    final String alice = TestTokens.member(UUID.randomUUID());

    final String bob = TestTokens.member(UUID.randomUUID());

    final String carol = TestTokens.member(UUID.randomUUID());

    @Test
    void aFreedSlotGoesToTheFirstWaiterOnlyAndOnToTheNextOnDeclineAndLapse() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String reservation = Waiting.held(api, holder, Waiting.hold(club.courtId(), 3, 10, 11));
        String first = Waiting.joined(api, alice, Waiting.forCourt(club.courtId(), 3, 10, 11));
        String second = Waiting.joined(api, bob, Waiting.forCourt(club.courtId(), 3, 10, 11));
        String third = Waiting.joined(api, carol, Waiting.forClub(club.clubId(), 3, 10, 11, 60));

        assertThat(api.post(reservation + "/cancellation", holder, null).status()).isEqualTo(200);

        Api.Response offered = awaitStatus(api, alice, first, "OFFERED");
        assertThat(status(api, bob, second)).isEqualTo("WAITING");
        assertThat(status(api, carol, third)).isEqualTo("WAITING");
        String offeredHold = "/api/v1/reservations/" + offered.json().path("reservationId").asString();
        Api.Response hold = api.get(offeredHold, alice);
        assertThat(hold.json().path("status").asString()).isEqualTo("HELD");
        Instant heldUntil = Instant.parse(hold.json().path("heldUntil").asString());
        assertThat(heldUntil).isBetween(clock.instant().plus(Duration.ofMinutes(9)), clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(api.post("/api/v1/reservations", carol, Waiting.hold(club.courtId(), 3, 10, 11)).status())
                .as("nobody else can take an offered slot").isEqualTo(409);

        Api.Response declined = api.post("/api/v1/waitlist/" + first + "/decline", alice, null);
        assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
        assertThat(api.get(offeredHold, alice).json().path("status").asString()).isEqualTo("CANCELLED");
        awaitStatus(api, bob, second, "OFFERED");
        assertThat(api.post("/api/v1/waitlist/" + first + "/decline", alice, null).status())
                .as("an offer is declined once").isEqualTo(409);

        clock.advance(Duration.ofMinutes(11));
        awaitStatus(api, bob, second, "LAPSED");
        Api.Response carols = awaitStatus(api, carol, third, "OFFERED");
        assertThat(carols.json().path("offerStartsAt").asString()).isEqualTo(Waiting.at(3, 10).toString());

        String carolsHold = "/api/v1/reservations/" + carols.json().path("reservationId").asString();
        assertThat(api.post(carolsHold + "/cancellation", carol, null).status()).isEqualTo(200);
        awaitStatus(api, carol, third, "DECLINED");
    }

    @Test
    void aMemberNeverHoldsTwoOffersForOverlappingTimes() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID secondCourt = Fixtures.addCourt(api, club.managerToken(), club.clubId(), "Court 2");
        String one = Waiting.held(api, holder, Waiting.hold(club.courtId(), 4, 10, 11));
        String two = Waiting.held(api, holder, Waiting.hold(secondCourt, 4, 10, 11));
        String aliceFirst = Waiting.joined(api, alice, Waiting.forClub(club.clubId(), 4, 10, 11, 60));
        String aliceSecond = Waiting.joined(api, alice, Waiting.forClub(club.clubId(), 4, 10, 11, 60));
        String bobs = Waiting.joined(api, bob, Waiting.forClub(club.clubId(), 4, 10, 11, 60));

        api.post(one + "/cancellation", holder, null);
        api.post(two + "/cancellation", holder, null);

        awaitStatus(api, alice, aliceFirst, "OFFERED");
        awaitStatus(api, bob, bobs, "OFFERED");
        assertThat(status(api, alice, aliceSecond)).isEqualTo("WAITING");
    }

    @Test
    void aLiftedBlockIsOfferedToo() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Api.Response block = api.post("/api/v1/manager/clubs/" + club.clubId() + "/blocks", club.managerToken(),
                json("{'courtId':'%s','startsAt':'%s','endsAt':'%s','reason':'MAINTENANCE'}", club.courtId(),
                        Waiting.at(5, 8), Waiting.at(5, 12)));
        assertThat(block.status()).as(block.toString()).isEqualTo(201);
        String entry = Waiting.joined(api, alice, Waiting.forCourt(club.courtId(), 5, 9, 10));

        Api.Response lifted = api.delete("/api/v1/manager/clubs/" + club.clubId() + "/blocks/"
                + block.json().path("id").asString(), club.managerToken());
        assertThat(lifted.status()).as(lifted.toString()).isBetween(200, 204);

        awaitStatus(api, alice, entry, "OFFERED");
    }

    @Test
    void refusesBadRequestsWithProblems() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String both = json("{'courtId':'%s','clubId':'%s','from':'%s','to':'%s','partySize':2}", club.courtId(),
                club.clubId(), Waiting.at(3, 10), Waiting.at(3, 11));
        assertProblem(api.post("/api/v1/waitlist", alice, both), 400, "invalid-waitlist-entry");
        assertProblem(api.post("/api/v1/waitlist", alice, Waiting.forCourt(club.courtId(), -1, 10, 11)), 400,
                "invalid-waitlist-entry");
        assertProblem(api.post("/api/v1/waitlist", alice, Waiting.forClub(club.clubId(), 3, 10, 12, 90)), 400,
                "invalid-waitlist-entry");
        assertProblem(api.post("/api/v1/waitlist", alice, Waiting.forClub(club.clubId(), 3, 10, 11, 120)), 400,
                "invalid-waitlist-entry");
        assertThat(api.post("/api/v1/waitlist", alice, json("{'courtId':'%s','from':'%s','to':'%s','partySize':9}",
                club.courtId(), Waiting.at(3, 10), Waiting.at(3, 11))).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/waitlist", alice, "{").status()).isEqualTo(400);
        assertProblem(api.post("/api/v1/waitlist", alice, Waiting.forCourt(UUID.randomUUID(), 3, 10, 11)), 404,
                "court-not-found");
        assertProblem(api.post("/api/v1/waitlist", alice, Waiting.forClub(UUID.randomUUID(), 3, 10, 11, 60)), 404,
                "club-not-found");
        assertThat(api.post("/api/v1/waitlist", null, Waiting.forCourt(club.courtId(), 3, 10, 11)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/waitlist", alice).json().path("content")).isEmpty();
    }

    @Test
    void aMemberWaitsForAtMostFiveSlotsAtOnce() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String member = TestTokens.member(UUID.randomUUID());
        for (int hour = 10; hour < 15; hour++) {
            Waiting.held(api, holder(), Waiting.hold(club.courtId(), 6, hour, hour + 1));
            Waiting.joined(api, member, Waiting.forCourt(club.courtId(), 6, hour, hour + 1));
        }
        assertProblem(api.post("/api/v1/waitlist", member, Waiting.forCourt(club.courtId(), 6, 15, 16)), 422,
                "too-many-waitlist-entries");

        String left = api.get("/api/v1/waitlist", member).json().path("content").get(0).path("id").asString();
        assertThat(api.delete("/api/v1/waitlist/" + left, member).json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.delete("/api/v1/waitlist/" + left, member).status()).isEqualTo(409);
        Waiting.joined(api, member, Waiting.forCourt(club.courtId(), 6, 15, 16));
    }

    @Test
    void membersSeeTheirOwnEntriesManagersTheirClubsAdminsAll() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Fixtures.TestClub other = Fixtures.club(api, "UTC");
        Waiting.held(api, holder, Waiting.hold(club.courtId(), 7, 10, 11));
        String entry = Waiting.joined(api, alice, Waiting.forCourt(club.courtId(), 7, 10, 11));
        String path = "/api/v1/waitlist/" + entry;
        String clubList = "/api/v1/manager/clubs/" + club.clubId() + "/waitlist";

        assertThat(api.get(path, alice).status()).isEqualTo(200);
        assertProblem(api.get(path, bob), 404, "waitlist-entry-not-found");
        assertProblem(api.delete(path, bob), 404, "waitlist-entry-not-found");
        assertProblem(api.post(path + "/decline", bob, null), 404, "waitlist-entry-not-found");
        assertProblem(api.post(path + "/decline", alice, null), 409, "waitlist-entry-state");
        assertThat(api.get(clubList, club.managerToken()).json().path("content").get(0).path("id").asString()).isEqualTo(entry);
        assertProblem(api.get(clubList, other.managerToken()), 403, "not-club-manager");
        assertThat(api.get(clubList, alice).status()).isEqualTo(403);
        assertThat(api.get(clubList, Fixtures.admin()).status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/manager/clubs/" + UUID.randomUUID() + "/waitlist", club.managerToken()), 404,
                "club-not-found");
        assertThat(api.get("/api/v1/admin/waitlist?clubId=" + club.clubId(), Fixtures.admin()).json().path("content"))
                .hasSize(1);
        assertThat(api.get("/api/v1/admin/waitlist", club.managerToken()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/waitlist", alice).status()).isEqualTo(403);
    }

    private static String holder() {
        return TestTokens.member(UUID.randomUUID());
    }

    static String status(Api api, String token, String entry) {
        return api.get("/api/v1/waitlist/" + entry, token).json().path("status").asString();
    }

    static Api.Response awaitStatus(Api api, String token, String entry, String expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> status(api, token, entry).equals(expected));
        return api.get("/api/v1/waitlist/" + entry, token);
    }

    static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.code()).isEqualTo(code);
    }
}
