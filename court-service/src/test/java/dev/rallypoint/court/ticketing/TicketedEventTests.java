package dev.rallypoint.court.ticketing;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.support.scheduling.PeriodicTask;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Announcing events, the public views, the hold lifecycle, ownership and bad input, over real HTTP. */
class TicketedEventTests extends HttpTest {

    @Autowired
    TestClock clock;

    @Autowired
    SeatExpiry expiry;

    @Autowired
    @Qualifier("seatHoldExpirySweep")
    PeriodicTask sweeper;

    final UUID alice = UUID.randomUUID();

    final String aliceToken = TestTokens.member(alice);

    final String bobToken = TestTokens.member(UUID.randomUUID());

    @Test
    void aManagerAnnouncesAnEventThatAnyoneCanBrowse() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "Asia/Seoul");
        Instant first = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Instant second = first.plus(1, ChronoUnit.DAYS);

        Api.Response created = api.post("/api/v1/manager/events", club.managerToken(), json(
                "{'title':'Final Day','clubId':'%s','dates':['%s','%s'],'seatsPerDate':20,'pricePerSeat':15000}",
                club.clubId(), second, first));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String eventId = created.json().path("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/events/" + eventId);
        assertThat(created.json().path("highDemand").asBoolean()).isFalse();
        Api.Response dates = api.get("/api/v1/events/" + eventId + "/dates", null);
        assertThat(dates.status()).isEqualTo(200);
        assertThat(dates.json().size()).isEqualTo(2);
        assertThat(Instant.parse(dates.json().get(0).path("startsAt").asString())).isEqualTo(first);
        assertThat(dates.json().get(0).path("seats").asInt()).isEqualTo(20);
        assertThat(dates.json().get(0).path("available").asInt()).isEqualTo(20);
        String dateId = dates.json().get(0).path("id").asString();
        assertThat(dates.json().get(0).path("gate").asString()).isEqualTo("event-date-" + dateId);
        Api.Response seats = api.get("/api/v1/events/" + eventId + "/dates/" + dateId + "/seats", null);
        assertThat(seats.json().size()).isEqualTo(20);
        assertThat(seats.json().get(19).path("number").asInt()).isEqualTo(20);
        assertThat(seats.json().get(19).path("status").asString()).isEqualTo("AVAILABLE");
        Api.Response list = api.get("/api/v1/events?clubId=" + club.clubId(), null);
        assertThat(list.json().path("totalElements").asInt()).isEqualTo(1);
        assertThat(list.json().path("content").get(0).path("title").asString()).isEqualTo("Final Day");
        assertThat(api.get("/api/v1/events/" + eventId, null).json().path("pricePerSeat").asLong()).isEqualTo(15000);
    }

    @Test
    void onlyTheClubsManagersOrAdminsAnnounceEvents() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Fixtures.TestClub other = Fixtures.club(api, "UTC");
        String body = json("{'title':'Open Day','clubId':'%s','dates':['%s'],'seatsPerDate':5,'pricePerSeat':0}",
                club.clubId(), Instant.now().plus(3, ChronoUnit.DAYS));

        Api.Response otherManager = api.post("/api/v1/manager/events", other.managerToken(), body);
        Api.Response member = api.post("/api/v1/manager/events", aliceToken, body);
        Api.Response admin = api.post("/api/v1/admin/events", Fixtures.ADMIN, body);
        Api.Response anonymous = api.post("/api/v1/manager/events", null, body);

        assertThat(otherManager.status()).isEqualTo(403);
        assertThat(otherManager.code()).isEqualTo("not-club-manager");
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.isProblem()).isTrue();
        assertThat(admin.status()).as(admin.toString()).isEqualTo(201);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void badEventsAreRefusedWithProblems() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Instant later = Instant.now().plus(3, ChronoUnit.DAYS);
        String[] bodies = {
                json("{'title':'','clubId':'%s','dates':['%s'],'seatsPerDate':5,'pricePerSeat':0}", club.clubId(), later),
                json("{'title':'X','clubId':'%s','dates':[],'seatsPerDate':5,'pricePerSeat':0}", club.clubId()),
                json("{'title':'X','clubId':'%s','dates':['%s'],'seatsPerDate':0,'pricePerSeat':0}", club.clubId(), later),
                json("{'title':'X','clubId':'%s','dates':['%s'],'seatsPerDate':501,'pricePerSeat':0}", club.clubId(), later),
                json("{'title':'X','clubId':'%s','dates':['%s'],'seatsPerDate':5,'pricePerSeat':-1}", club.clubId(), later),
                json("{'title':'X','clubId':'%s','dates':['%s'],'pricePerSeat':1}", club.clubId(), later),
                json("{'title':'X','clubId':'%s','dates':['yesterday'],'seatsPerDate':5,'pricePerSeat':1}", club.clubId()),
                json("{'title':'X','clubId':'nope','dates':['%s'],'seatsPerDate':5,'pricePerSeat':1}", later),
                json("{'title':'X','clubId':'%s','dates':['%s'],'seatsPerDate':5,'pricePerSeat':1}", club.clubId(),
                        Instant.now().minus(1, ChronoUnit.DAYS)),
                json("{'title':'X','clubId':'%s','dates':['%s','%s'],'seatsPerDate':5,'pricePerSeat':1}", club.clubId(),
                        later, later),
                "{not json" };
        for (String body : bodies) {
            Api.Response response = api.post("/api/v1/manager/events", club.managerToken(), body);
            assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
            assertThat(response.isProblem()).as(body).isTrue();
        }
        Api.Response unknownClub = api.post("/api/v1/admin/events", Fixtures.ADMIN, json(
                "{'title':'X','clubId':'%s','dates':['%s'],'seatsPerDate':5,'pricePerSeat':1}", UUID.randomUUID(), later));
        assertThat(unknownClub.status()).isEqualTo(404);
        assertThat(unknownClub.code()).isEqualTo("club-not-found");
    }

    @Test
    void aHoldRunsOutAfterItsTimeAndTheSeatIsForSaleAgain() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "UTC"), 5, 1000, 2);
        Api.Response held = api.post(event.hold(2), aliceToken, null);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.json().path("status").asString()).isEqualTo("HELD");
        assertThat(Duration.between(Instant.parse(held.json().path("createdAt").asString()),
                Instant.parse(held.json().path("heldUntil").asString()))).isEqualTo(Duration.ofMinutes(5));
        assertThat(held.headers().firstValue("Location")).contains(event.reservation(held.json().path("id").asString()));
        assertThat(SeatPaymentTests.seat(api, event, 2)).isEqualTo("HELD");
        assertThat(api.post(event.hold(2), bobToken, null).status()).isEqualTo(409);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        expiry.sweep();

        String reservationId = held.json().path("id").asString();
        assertThat(api.get(event.reservation(reservationId), aliceToken).json().path("status").asString()).isEqualTo("EXPIRED");
        assertThat(SeatPaymentTests.seat(api, event, 2)).isEqualTo("AVAILABLE");
        Api.Response late = api().postIdempotent(event.payment(reservationId), aliceToken, UUID.randomUUID().toString());
        assertThat(late.status()).isEqualTo(409);
        assertThat(api.post(event.hold(2), bobToken, null).status()).isEqualTo(201);
    }

    @Test
    void aHoldWhoseTimeRanOutIsTakenOverWithoutWaitingForTheSweep() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "UTC"), 5, 1000, 2);
        String first = api.post(event.hold(4), aliceToken, null).json().path("id").asString();

        Api.Response second;
        sweeper.stop();
        try {
            clock.advance(Duration.ofMinutes(5).plusSeconds(1));
            second = api.post(event.hold(4), bobToken, null);
        }
        finally {
            sweeper.start();
        }

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(api.get(event.reservation(first), aliceToken).json().path("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void aMemberCancelsAHoldAndTheSeatWaitsForTheReopening() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "UTC"), 5, 1000, 2);
        String reservationId = api.post(event.hold(5), aliceToken, null).json().path("id").asString();

        Api.Response byBob = api.delete(event.reservation(reservationId), bobToken);
        Api.Response byAlice = api.delete(event.reservation(reservationId), aliceToken);
        Api.Response again = api.delete(event.reservation(reservationId), aliceToken);

        assertThat(byBob.status()).isEqualTo(404);
        assertThat(byBob.code()).isEqualTo("seat-reservation-not-found");
        assertThat(byAlice.status()).isEqualTo(200);
        assertThat(byAlice.json().path("status").asString()).isEqualTo("CANCELED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("seat-reservation-state");
        assertThat(SeatPaymentTests.seat(api, event, 5)).isEqualTo("CANCELED");
        assertThat(api.get("/api/v1/events/" + event.eventId() + "/dates", null).json().get(0).path("available").asInt())
                .isEqualTo(4);
    }

    @Test
    void aMemberHoldsAtMostFourSeatsOfADate() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "UTC"), 8, 1000, 2);
        String first = null;
        for (int seat = 1; seat <= 4; seat++) {
            Api.Response held = api.post(event.hold(seat), aliceToken, null);
            assertThat(held.status()).as(held.toString()).isEqualTo(201);
            first = first == null ? held.json().path("id").asString() : first;
        }

        Api.Response fifth = api.post(event.hold(5), aliceToken, null);

        assertThat(fifth.status()).isEqualTo(422);
        assertThat(fifth.code()).isEqualTo("too-many-seats");
        assertThat(api.post(event.hold(5), bobToken, null).status()).isEqualTo(201);
        assertThat(api.delete(event.reservation(first), aliceToken).status()).isEqualTo(200);
        assertThat(api.post(event.hold(6), aliceToken, null).status()).isEqualTo(201);
    }

    @Test
    void membersSeeOnlyTheirOwnSeatReservations() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "UTC"), 5, 1000, 2);
        String mine = api.post(event.hold(1), aliceToken, null).json().path("id").asString();
        api.post(event.hold(3), aliceToken, null);
        String bobs = api.post(event.hold(2), bobToken, null).json().path("id").asString();

        Api.Response list = api.get("/api/v1/events/seat-reservations", aliceToken);
        Api.Response held = api.get("/api/v1/events/seat-reservations?status=HELD&size=1", aliceToken);

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().path("totalElements").asInt()).isEqualTo(2);
        assertThat(list.json().path("content").findValuesAsString("memberId")).containsOnly(alice.toString());
        assertThat(held.json().path("content").size()).isEqualTo(1);
        assertThat(held.json().path("totalElements").asInt()).isEqualTo(2);
        assertThat(api.get(event.reservation(mine), aliceToken).status()).isEqualTo(200);
        assertThat(api.get(event.reservation(bobs), aliceToken).status()).isEqualTo(404);
        assertThat(api().postIdempotent(event.payment(bobs), aliceToken, UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/events/seat-reservations", null).status()).isEqualTo(401);
    }

    @Test
    void theClubsManagersAndAdminsSeeTheSaleOfTheirEventsOthersDoNot() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "UTC"), 5, 1000, 2);
        Fixtures.TestClub other = Fixtures.club(api, "UTC");
        api.post(event.hold(1), aliceToken, null);
        String bobs = api.post(event.hold(2), bobToken, null).json().path("id").asString();
        api.delete(event.reservation(bobs), bobToken);
        String path = "/api/v1/manager/events/" + event.eventId() + "/seat-reservations";

        Api.Response all = api.get(path, event.club().managerToken());
        Api.Response canceled = api.get(path + "?status=CANCELED", event.club().managerToken());
        Api.Response byAdmin = api.get("/api/v1/admin/events/" + event.eventId() + "/seat-reservations", Fixtures.ADMIN);

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().path("totalElements").asInt()).isEqualTo(2);
        assertThat(canceled.json().path("content").get(0).path("id").asString()).isEqualTo(bobs);
        assertThat(byAdmin.json().path("totalElements").asInt()).isEqualTo(2);
        expect(api.get(path, other.managerToken()), 403, "not-club-manager");
        expect(api.get(path, aliceToken), 403, null);
        expect(api.get("/api/v1/manager/events/" + UUID.randomUUID() + "/seat-reservations", event.club().managerToken()),
                404, "event-not-found");
    }

    @Test
    void badSeatRequestsAreProblemsNeverServerErrors() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "UTC"), 5, 1000, 2);
        Events.TestEvent other = Events.announce(api, event.club(), 5, 1000, 3);
        String dates = "/api/v1/events/" + event.eventId() + "/dates/";

        expect(api.post(event.hold(6), aliceToken, null), 404, "seat-not-found");
        expect(api.post(event.hold(0), aliceToken, null), 404, "seat-not-found");
        expect(api.post(event.hold(-1), aliceToken, null), 404, "seat-not-found");
        expect(api.post(dates + event.dateId() + "/seats/abc/hold", aliceToken, null), 400, null);
        expect(api.post(dates + event.dateId() + "/seats/99999999999/hold", aliceToken, null), 400, null);
        expect(api.post("/api/v1/events/not-a-uuid/dates/" + event.dateId() + "/seats/1/hold", aliceToken, null), 400, null);
        expect(api.post(dates + "not-a-uuid/seats/1/hold", aliceToken, null), 400, null);
        expect(api.post(dates + other.dateId() + "/seats/1/hold", aliceToken, null), 404, "event-date-not-found");
        expect(api.post("/api/v1/events/" + UUID.randomUUID() + "/dates/" + event.dateId() + "/seats/1/hold", aliceToken,
                null), 404, "event-not-found");
        expect(api.get("/api/v1/events/" + UUID.randomUUID(), null), 404, "event-not-found");
        expect(api.get("/api/v1/events/not-a-uuid", null), 400, null);
        expect(api.get(dates + "not-a-uuid/seats", null), 400, null);
        expect(api.get(dates + UUID.randomUUID() + "/seats", null), 404, "event-date-not-found");
        expect(api.get(event.reservation("not-a-uuid"), aliceToken), 400, null);
        expect(api.get(event.reservation(UUID.randomUUID().toString()), aliceToken), 404, "seat-reservation-not-found");
        expect(api().postIdempotent(event.payment(UUID.randomUUID().toString()), aliceToken, UUID.randomUUID().toString()),
                404, "seat-reservation-not-found");
        expect(api.get("/api/v1/events?size=101", null), 400, null);
        expect(api.get("/api/v1/events/seat-reservations?status=SOLD", aliceToken), 400, null);
        expect(api.post(event.hold(1), null, null), 401, null);
        String held = api.post(event.hold(1), aliceToken, null).json().path("id").asString();
        expect(api.get(dates + other.dateId() + "/seat-reservations/" + held, aliceToken), 404, "seat-reservation-not-found");
    }

    private static void expect(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        if (code != null) {
            assertThat(response.code()).isEqualTo(code);
        }
    }
}
