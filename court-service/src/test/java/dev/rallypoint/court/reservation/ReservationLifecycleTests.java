package dev.rallypoint.court.reservation;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReservationLifecycleTests extends HttpTest {

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    final UUID alice = UUID.randomUUID();

    final String aliceToken = TestTokens.member(alice);

    final String bobToken = TestTokens.member(UUID.randomUUID());

    @Test
    void aHeldSlotCanBeHeldAgainRightAfterItsDeadline() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Api.Response held = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 1, 10, 11));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.json().path("status").asString()).isEqualTo("HELD");
        assertThat(api.post("/api/v1/reservations", bobToken, Slots.body(club.courtId(), 1, 10, 11)).status()).isEqualTo(409);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Api.Response again = api.post("/api/v1/reservations", bobToken, Slots.body(club.courtId(), 1, 10, 11));

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(api.get(held.headers().firstValue("Location").orElseThrow(), aliceToken).json().path("status").asString())
                .isEqualTo("EXPIRED");
        assertThat(publishedEvents("ReservationExpired", held.json().path("id").asString())).isEqualTo(1);
    }

    @Test
    void theSweeperExpiresOverdueHoldsAndFreesTheirSlots() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Api.Response held = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 1, 12, 13));
        String location = held.headers().firstValue("Location").orElseThrow();

        clock.advance(Duration.ofMinutes(6));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get(location, aliceToken).json().path("status").asString()).isEqualTo("EXPIRED"));
        Api.Response availability = api.get("/api/v1/courts/" + club.courtId() + "/availability?date="
                + Slots.at(1, 12).toString().substring(0, 10), null);
        assertThat(availability.status()).isEqualTo(200);
        assertThat(availability.body()).contains("\"FREE\"").doesNotContain("\"TAKEN\"");
    }

    @Test
    void askingAgainForTheSameHoldAnswersTheRunningHoldAndTakesNothingMore() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Api.Response held = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 2, 10, 12));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);

        Api.Response again = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 2, 10, 12));
        Api.Response part = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 2, 10, 11));
        Api.Response someoneElse = api.post("/api/v1/reservations", bobToken, Slots.body(club.courtId(), 2, 10, 12));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(held.json().path("id").asString());
        assertThat(again.json().path("heldUntil").asString()).isEqualTo(held.json().path("heldUntil").asString());
        assertThat(part.status()).isEqualTo(409);
        assertThat(someoneElse.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM reservation WHERE court_id = ?").param(club.courtId())
                .query(Long.class).single()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Api.Response afterDeadline = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 2, 10, 12));
        assertThat(afterDeadline.status()).as(afterDeadline.toString()).isEqualTo(201);
        assertThat(afterDeadline.json().path("id").asString()).isNotEqualTo(held.json().path("id").asString());
    }

    @Test
    void aMemberHasAtMostTwoLiveHolds() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID member = UUID.randomUUID();
        String token = TestTokens.member(member);

        assertThat(api.post("/api/v1/reservations", token, Slots.body(club.courtId(), 4, 8, 9)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/reservations", token, Slots.body(club.courtId(), 4, 9, 10)).status()).isEqualTo(201);
        Api.Response third = api.post("/api/v1/reservations", token, Slots.body(club.courtId(), 4, 10, 11));

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.code()).isEqualTo("too-many-holds");
    }

    @Test
    void aMemberCannotSeeChangeOrCancelAnotherMembersReservation() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String location = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 5, 10, 11))
                .headers().firstValue("Location").orElseThrow();

        Api.Response look = api.get(location, bobToken);
        Api.Response cancel = api.post(location + "/cancellation", bobToken, null);
        Api.Response change = api.put(location + "/slot", bobToken, Slots.body(club.courtId(), 5, 12, 13));
        Api.Response list = api.get("/api/v1/reservations", bobToken);

        assertThat(List.of(look, cancel, change)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.code()).isEqualTo("reservation-not-found");
        });
        assertThat(list.json().path("content")).isEmpty();
        assertThat(api.get(location, aliceToken).json().path("status").asString()).isEqualTo("HELD");
        assertThat(api.get("/api/v1/reservations", aliceToken).json().path("totalElements").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aManagerManagesOnlyTheReservationsOfOwnClubs() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Fixtures.TestClub other = Fixtures.club(api, "UTC");
        String id = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 6, 10, 11)).json().path("id").asString();

        Api.Response foreignCancel = api.post("/api/v1/manager/reservations/" + id + "/cancellation", other.managerToken(), null);
        Api.Response foreignList = api.get("/api/v1/manager/reservations?clubId=" + club.clubId(), other.managerToken());
        Api.Response ownList = api.get("/api/v1/manager/reservations?clubId=" + club.clubId() + "&status=HELD", club.managerToken());
        Api.Response otherManagersList = api.get("/api/v1/manager/reservations", other.managerToken());
        Api.Response memberInManagerArea = api.get("/api/v1/manager/reservations", aliceToken);
        Api.Response ownCancel = api.post("/api/v1/manager/reservations/" + id + "/cancellation", club.managerToken(), null);

        assertThat(foreignCancel.status()).isEqualTo(403);
        assertThat(foreignCancel.code()).isEqualTo("not-club-manager");
        assertThat(foreignList.status()).isEqualTo(403);
        assertThat(ownList.json().path("content")).extracting(node -> node.path("id").asString()).containsExactly(id);
        assertThat(otherManagersList.json().path("content")).isEmpty();
        assertThat(memberInManagerArea.status()).isEqualTo(403);
        assertThat(ownCancel.status()).isEqualTo(200);
        assertThat(ownCancel.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(ownCancel.json().path("cancelledBy").asString()).isEqualTo("MANAGER");
        assertThat(api.get("/api/v1/admin/reservations?memberId=" + alice + "&clubId=" + club.clubId(), Fixtures.admin())
                .json().path("content")).hasSize(1);
    }

    @Test
    void anAdminFindsChangesAndCancelsAnyReservation() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String id = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 9, 10, 11)).json().path("id").asString();
        String base = "/api/v1/admin/reservations/" + id;

        Api.Response moved = api.put(base + "/slot", Fixtures.admin(), Slots.body(club.courtId(), 9, 15, 16));
        Api.Response cancelled = api.post(base + "/cancellation", Fixtures.admin(), null);
        Api.Response asManager = api.post(base + "/cancellation", club.managerToken(), null);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("startsAt").asString()).isEqualTo(Slots.at(9, 15).toString());
        assertThat(cancelled.json().path("cancelledBy").asString()).isEqualTo("ADMIN");
        assertThat(asManager.status()).as("the admin area needs the admin role").isEqualTo(403);
        assertThat(api.get(base, Fixtures.admin()).json().path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aMemberCancelsAHoldFreeOfChargeAndTheSlotIsFreeAgain() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String location = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 7, 10, 12))
                .headers().firstValue("Location").orElseThrow();

        Api.Response cancelled = api.post(location + "/cancellation", aliceToken, null);
        Api.Response again = api.post(location + "/cancellation", aliceToken, null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("cancellationFee").asLong()).isZero();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("reservation-state");
        assertThat(api.post("/api/v1/reservations", bobToken, Slots.body(club.courtId(), 7, 11, 12)).status()).isEqualTo(201);
        assertThat(publishedEvents("ReservationCancelled", cancelled.json().path("id").asString())).isEqualTo(1);
    }

    @Test
    void aChangeTakesTheNewSlotBeforeFreeingTheOldOne() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID secondCourt = Fixtures.addCourt(api, club.managerToken(), club.clubId(), "Court 2");
        String location = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 8, 10, 11))
                .headers().firstValue("Location").orElseThrow();
        api.post("/api/v1/reservations", bobToken, Slots.body(secondCourt, 8, 14, 15));

        Api.Response ontoTaken = api.put(location + "/slot", aliceToken, Slots.body(secondCourt, 8, 14, 15));
        Api.Response overlappingItself = api.put(location + "/slot", aliceToken, Slots.body(club.courtId(), 8, 10, 12));
        Api.Response toOtherCourt = api.put(location + "/slot", aliceToken, Slots.body(secondCourt, 8, 16, 17));

        assertThat(ontoTaken.status()).isEqualTo(409);
        assertThat(overlappingItself.status()).as(overlappingItself.toString()).isEqualTo(200);
        assertThat(toOtherCourt.status()).isEqualTo(200);
        assertThat(toOtherCourt.json().path("courtId").asString()).isEqualTo(secondCourt.toString());
        assertThat(api.post("/api/v1/reservations", bobToken, Slots.body(club.courtId(), 8, 10, 12)).status())
                .as("the old slot is free").isEqualTo(201);
        assertThat(publishedEvents("ReservationChanged", toOtherCourt.json().path("id").asString())).isEqualTo(2);
    }

    @Test
    void outcomesAreRecordedOnlyForConfirmedReservationsAfterTheirTime() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String id = api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 1, 20, 21)).json().path("id").asString();
        String base = "/api/v1/manager/reservations/" + id;

        Api.Response ofHold = api.post(base + "/completion", club.managerToken(), null);
        jdbc.sql("update reservation set status = 'CONFIRMED' where id = :id").param("id", UUID.fromString(id)).update();
        Api.Response tooEarly = api.post(base + "/completion", club.managerToken(), null);
        Api.Response byOtherManager = api.post(base + "/no-show", Fixtures.club(api, "UTC").managerToken(), null);

        assertThat(ofHold.status()).isEqualTo(409);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.code()).isEqualTo("reservation-not-over");
        assertThat(byOtherManager.status()).isEqualTo(403);
    }

    @Test
    void refusesBadHoldsWithProblems() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID court = club.courtId();

        assertProblem(api.post("/api/v1/reservations", aliceToken, Slots.body(court, 1, 11, 10)), 400, "invalid-time-range");
        assertProblem(api.post("/api/v1/reservations", aliceToken,
                Slots.body(court, Slots.at(1, 10).plusSeconds(900), Slots.at(1, 11).plusSeconds(900))), 400, "not-aligned-to-slots");
        assertProblem(api.post("/api/v1/reservations", aliceToken, Slots.body(court, -1, 10, 11)), 422, "slot-in-the-past");
        assertProblem(api.post("/api/v1/reservations", aliceToken, Slots.body(court, 1, 22, 23)), 422, "outside-opening-hours");
        assertProblem(api.post("/api/v1/reservations", aliceToken, Slots.body(court, 1, 4, 7)), 422, "outside-opening-hours");
        assertProblem(api.post("/api/v1/reservations", aliceToken, Slots.body(court, 30, 10, 11)), 422, "beyond-advance-window");
        assertProblem(api.post("/api/v1/reservations", aliceToken, Slots.body(court, 1, 8, 14)), 422, "too-many-slots");
        assertProblem(api.post("/api/v1/reservations", aliceToken, Slots.body(UUID.randomUUID(), 1, 10, 11)), 404, "court-not-found");
        assertProblem(api.post("/api/v1/reservations", aliceToken,
                json("{'courtId':'not-a-uuid','startsAt':'%s','endsAt':'%s'}", Slots.at(1, 10), Slots.at(1, 11))), 400, "malformed-body");
        assertProblem(api.post("/api/v1/reservations", aliceToken, json("{'courtId':'%s'}", court)), 400, "validation-failed");
        assertProblem(api.get("/api/v1/reservations/not-a-uuid", aliceToken), 400, "invalid-parameter");
        assertProblem(api.post("/api/v1/reservations", null, Slots.body(court, 1, 10, 11)), 401, "unauthorized");
    }

    @Test
    void blockedTimeCannotBeHeld() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Api.Response block = api.post("/api/v1/manager/clubs/" + club.clubId() + "/blocks", club.managerToken(),
                json("{'courtId':'%s','startsAt':'%s','endsAt':'%s','reason':'MAINTENANCE','note':'resurfacing'}",
                        club.courtId(), Slots.at(2, 8), Slots.at(2, 12)));

        assertThat(block.status()).as(block.toString()).isEqualTo(201);
        assertProblem(api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 2, 11, 13)), 409, "court-blocked");
        assertThat(api.post("/api/v1/reservations", aliceToken, Slots.body(club.courtId(), 2, 12, 13)).status()).isEqualTo(201);
    }

    private long publishedEvents(String type, String reservationId) {
        return jdbc.sql("select count(*) from event_publication where event_type like :type and serialized_event like :id")
                .param("type", "%" + type).param("id", "%" + reservationId + "%").query(Long.class).single();
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
    }
}
