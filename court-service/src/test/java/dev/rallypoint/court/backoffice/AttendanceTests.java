package dev.rallypoint.court.backoffice;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Check-in by members and at the desk, the club's rule, no-shows refunded by policy and counted. */
class AttendanceTests extends HttpTest {

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Attendance attendance;

    @Autowired
    TransactionTemplate transactions;

    final UUID alice = UUID.randomUUID();

    final String aliceToken = TestTokens.member(alice);

    /** Minutes from now (each test books a club of its own). */
    Instant inMinutes(long minutes) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aMemberChecksInWithinTheWindowAndNotBefore() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Booked booked = new Booked(jdbc);
        UUID soon = booked.confirmed(club.clubId(), club.courtId(), alice, inMinutes(20), 10_000);
        UUID later = booked.confirmed(club.clubId(), club.courtId(), alice, inMinutes(120), 10_000);

        Api.Response early = api.post("/api/v1/reservations/" + later + "/check-in", aliceToken, null);
        Api.Response checkedIn = api.post("/api/v1/reservations/" + soon + "/check-in", aliceToken, null);
        Api.Response again = api.post("/api/v1/reservations/" + soon + "/check-in", aliceToken, null);
        Api.Response someoneElse = api.post("/api/v1/reservations/" + soon + "/check-in",
                TestTokens.member(UUID.randomUUID()), null);

        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.isProblem()).isTrue();
        assertThat(early.code()).isEqualTo("outside-check-in-window");
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        assertThat(checkedIn.json().path("checkedInAt").asString()).isNotBlank();
        assertThat(again.json().path("checkedInAt").asString()).isEqualTo(checkedIn.json().path("checkedInAt").asString());
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reliability", aliceToken).json().path("checkIns").asLong()).isEqualTo(1);
    }

    @Test
    void theDeskChecksInByTheCodeTheMemberShows() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Fixtures.TestClub other = Fixtures.club(api, "UTC");
        UUID reservation = new Booked(jdbc).confirmed(club.clubId(), club.courtId(), alice, inMinutes(10), 10_000);

        Api.Response code = api.get("/api/v1/reservations/" + reservation + "/check-in-code", aliceToken);
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        String body = json("{'code':'%s'}", code.json().path("code").asString());

        Api.Response otherDesk = api.post("/api/v1/manager/clubs/" + club.clubId() + "/check-ins", other.managerToken(), body);
        Api.Response wrongClub = api.post("/api/v1/manager/clubs/" + other.clubId() + "/check-ins", other.managerToken(), body);
        Api.Response malformed = api.post("/api/v1/manager/clubs/" + club.clubId() + "/check-ins", club.managerToken(),
                "{\"code\":\"12ab\"}");
        Api.Response desk = api.post("/api/v1/manager/clubs/" + club.clubId() + "/check-ins", club.managerToken(), body);
        Api.Response reused = api.post("/api/v1/manager/clubs/" + club.clubId() + "/check-ins", club.managerToken(), body);

        assertThat(otherDesk.status()).isEqualTo(403);
        assertThat(wrongClub.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(desk.status()).as(desk.toString()).isEqualTo(200);
        assertThat(desk.json().path("reservationId").asString()).isEqualTo(reservation.toString());
        assertThat(reused.status()).as("a used code is forgotten").isEqualTo(404);
    }

    @Test
    void aManagerSetsTheRuleOfTheirClubOnlyAndBadRulesAreRefused() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Fixtures.TestClub other = Fixtures.club(api, "UTC");
        String path = "/api/v1/manager/clubs/" + club.clubId() + "/attendance-rule";

        assertThat(api.get(path, club.managerToken()).json().path("enabled").asBoolean()).isFalse();
        assertThat(api.put(path, club.managerToken(), rule("DEPOSIT_KEPT", "'deposit':2000", 3)).json()
                .path("deposit").asLong()).isEqualTo(2000);
        assertThat(api.put(path, other.managerToken(), rule("NO_REFUND", "'deposit':0", 3)).status()).isEqualTo(403);
        Api.Response missingPercent = api.put(path, club.managerToken(), rule("PARTIAL_REFUND", "'deposit':0", 3));
        Api.Response unknownPolicy = api.put(path, club.managerToken(), rule("FINE", "'deposit':0", 3));
        Api.Response zeroThreshold = api.put(path, club.managerToken(), rule("NO_REFUND", "'deposit':0", 0));

        assertThat(missingPercent.status()).isEqualTo(400);
        assertThat(missingPercent.code()).isEqualTo("invalid-attendance-rule");
        assertThat(unknownPolicy.status()).isEqualTo(400);
        assertThat(zeroThreshold.status()).isEqualTo(400);
        assertThat(api.get(path, club.managerToken()).json().path("noShowPolicy").asString()).isEqualTo("DEPOSIT_KEPT");
    }

    @Test
    void noShowsAreRefundedByThePolicyCountedAndSuspendOnlineBooking() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        api.put("/api/v1/manager/clubs/" + club.clubId() + "/attendance-rule", club.managerToken(),
                rule("PARTIAL_REFUND", "'refundPercent':40", 2));
        Booked booked = new Booked(jdbc);
        UUID first = booked.confirmed(club.clubId(), club.courtId(), alice, inMinutes(-180), 10_000);
        UUID second = booked.confirmed(club.clubId(), club.courtId(), alice, inMinutes(-20), 10_000);
        UUID secondCourt = Fixtures.addCourt(api, club.managerToken(), club.clubId(), "Court 2");
        UUID tooEarly = booked.confirmed(club.clubId(), secondCourt, alice, inMinutes(-5), 10_000);

        Instant now = clock.instant();
        assertThat(noShow(first, now)).isTrue();
        assertThat(noShow(first, now)).isFalse();
        assertThat(noShow(tooEarly, now)).isFalse();
        assertThat(noShow(second, now)).isTrue();

        assertThat(booked.status(first)).isEqualTo("NO_SHOW");
        assertThat(booked.status(tooEarly)).isEqualTo("CONFIRMED");
        assertThat(booked.refunded(first, "NO_SHOW")).isEqualTo(4_000);
        Api.Response record = api.get("/api/v1/manager/clubs/" + club.clubId() + "/members/" + alice + "/reliability",
                club.managerToken());
        assertThat(record.json().path("noShows").asLong()).isEqualTo(2);
        assertThat(record.json().path("suspensions").size()).isEqualTo(1);

        Instant tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Api.Response hold = api.post("/api/v1/reservations", aliceToken, json("{'courtId':'%s','startsAt':'%s','endsAt':'%s'}",
                club.courtId(), tomorrow, tomorrow.plus(Duration.ofHours(1))));
        assertThat(hold.status()).as(hold.toString()).isEqualTo(403);
        assertThat(hold.code()).isEqualTo("online-booking-suspended");
        assertThat(jdbc.sql("select count(*) from reservation where member_id = ? and starts_at = ?")
                .params(alice, java.sql.Timestamp.from(tomorrow)).query(Integer.class).single()).isZero();
    }

    boolean noShow(UUID reservationId, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status -> attendance.markNoShowIfDue(reservationId, now)));
    }

    static String rule(String policy, String amount, int suspendAfter) {
        return json("{'enabled':true,'checkInOpensMinutes':30,'checkInClosesMinutes':15,'noShowPolicy':'%s',%s,"
                + "'suspendAfterNoShows':%d,'windowDays':30,'suspensionDays':14}", policy, amount, suspendAfter);
    }
}
