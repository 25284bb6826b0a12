package dev.rallypoint.court.reservation;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.TestClock;
import dev.rallypoint.test.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The provider side of match-service's court holds: what match-service's contract stub
 * ({@code CourtHoldContractTests} in match-service) answers is what this endpoint really answers.
 */
class MatchHoldTests extends HttpTest {

    @Autowired
    TestClock clock;

    @Autowired
    ReservationExpiry expiry;

    /** Fresh for each use: the shared context may take longer to start than a token lives. */
    static String matchService() {
        return TestTokens.service("match-service");
    }

    @Test
    void matchServiceHoldsTheFirstFreeCourtOfTheClubForAPlayerAndReleasesIt() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID secondCourt = Fixtures.addCourt(api, club.managerToken(), club.clubId(), "Court 2");
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        Instant start = Slots.at(2, 10);
        Instant end = Slots.at(2, 11);

        HttpResponse<String> first = hold(matchService(), "match-" + UUID.randomUUID(), alice, club.clubId(), start, end);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        Api.Response firstView = new Api.Response(first.statusCode(), first.headers(), first.body());
        assertThat(firstView.json().path("courtId").asString()).isEqualTo(club.courtId().toString());
        assertThat(firstView.json().path("memberId").asString()).isEqualTo(alice.toString());
        assertThat(firstView.json().path("status").asString()).isEqualTo("HELD");
        assertThat(firstView.json().path("id").asString()).isNotBlank();
        assertThat(firstView.json().path("heldUntil").asString()).isNotBlank();
        assertThat(firstView.json().path("price").asLong()).isEqualTo(10_000);

        HttpResponse<String> second = hold(matchService(), "match-" + UUID.randomUUID(), bob, club.clubId(), start, end);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(new Api.Response(201, second.headers(), second.body()).json().path("courtId").asString())
                .isEqualTo(secondCourt.toString());

        HttpResponse<String> none = hold(matchService(), "match-" + UUID.randomUUID(), UUID.randomUUID(), club.clubId(),
                start, end);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(409);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(none.body()).contains("slot-taken");

        String reservationId = firstView.json().path("id").asString();
        Api.Response released = api.post("/api/v1/match-holds/" + reservationId + "/release", matchService(),
                json("{'memberId':'%s'}", alice));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameHold() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID alice = UUID.randomUUID();
        String key = "match-" + UUID.randomUUID();

        HttpResponse<String> first = hold(matchService(), key, alice, club.clubId(), Slots.at(2, 12), Slots.at(2, 13));
        HttpResponse<String> again = hold(matchService(), key, alice, club.clubId(), Slots.at(2, 12), Slots.at(2, 13));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void onlyMatchServiceHoldsForOthersAndReleasesOnlyTheMembersOwnHold() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID alice = UUID.randomUUID();

        assertThat(hold(TestTokens.member(alice), "k-" + UUID.randomUUID(), alice, club.clubId(), Slots.at(2, 14),
                Slots.at(2, 15)).statusCode()).isEqualTo(403);
        assertThat(hold(TestTokens.service("court-service"), "k-" + UUID.randomUUID(), alice, club.clubId(),
                Slots.at(2, 14), Slots.at(2, 15)).statusCode()).isEqualTo(403);
        assertThat(hold(matchService(), null, alice, club.clubId(), Slots.at(2, 14), Slots.at(2, 15)).statusCode())
                .isEqualTo(400);

        HttpResponse<String> held = hold(matchService(), "k-" + UUID.randomUUID(), alice, club.clubId(), Slots.at(2, 14),
                Slots.at(2, 15));
        String reservationId = new Api.Response(held.statusCode(), held.headers(), held.body()).json().path("id").asString();
        assertThat(api.post("/api/v1/match-holds/" + reservationId + "/release", matchService(),
                json("{'memberId':'%s'}", UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/match-holds/" + reservationId + "/release", TestTokens.member(alice),
                json("{'memberId':'%s'}", alice)).status()).isEqualTo(403);
    }

    @Test
    void aHoldPaidBySplitIsConfirmedOnceAndOnlyMatchServiceSaysSo() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID alice = UUID.randomUUID();
        HttpResponse<String> held = hold(matchService(), "match-" + UUID.randomUUID(), alice, club.clubId(),
                Slots.at(3, 10), Slots.at(3, 11));
        String reservationId = new Api.Response(held.statusCode(), held.headers(), held.body()).json().path("id").asString();
        String paid = "/api/v1/match-holds/" + reservationId + "/split-payment";

        assertThat(api.post(paid, TestTokens.member(alice), json("{'memberId':'%s'}", alice)).status()).isEqualTo(403);
        assertThat(api.post(paid, matchService(), json("{'memberId':'%s'}", UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(api.post(paid, matchService(), json("{}")).status()).isEqualTo(400);

        Api.Response confirmed = api.post(paid, matchService(), json("{'memberId':'%s'}", alice));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().path("id").asString()).isEqualTo(reservationId);

        Api.Response again = api.post(paid, matchService(), json("{'memberId':'%s'}", alice));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(api.get("/api/v1/reservations/" + reservationId, TestTokens.member(alice)).json().path("status")
                .asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aReleasedHoldCannotBePaidBySplit() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID alice = UUID.randomUUID();
        HttpResponse<String> held = hold(matchService(), "match-" + UUID.randomUUID(), alice, club.clubId(),
                Slots.at(3, 12), Slots.at(3, 13));
        String reservationId = new Api.Response(held.statusCode(), held.headers(), held.body()).json().path("id").asString();
        api.post("/api/v1/match-holds/" + reservationId + "/release", matchService(), json("{'memberId':'%s'}", alice));

        Api.Response refused = api.post("/api/v1/match-holds/" + reservationId + "/split-payment", matchService(),
                json("{'memberId':'%s'}", alice));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.toString()).contains("reservation-state");
    }

    @Test
    void aHoldPaidBySplitOutlivesItsDeadlineAndOneNotPaidInTimeIsRefused() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String paid = heldFor(alice, club.clubId(), Slots.at(3, 14), Slots.at(3, 15));
        String late = heldFor(bob, club.clubId(), Slots.at(3, 16), Slots.at(3, 17));
        assertThat(api.post("/api/v1/match-holds/" + paid + "/split-payment", matchService(),
                json("{'memberId':'%s'}", alice)).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Api.Response refused = api.post("/api/v1/match-holds/" + late + "/split-payment", matchService(),
                json("{'memberId':'%s'}", bob));
        expiry.sweep();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.toString()).contains("hold-expired");
        assertThat(api.get("/api/v1/reservations/" + paid, TestTokens.member(alice)).json().path("status").asString())
                .isEqualTo("CONFIRMED");
        assertThat(api.get("/api/v1/reservations/" + late, TestTokens.member(bob)).json().path("status").asString())
                .isEqualTo("EXPIRED");
    }

    private String heldFor(UUID member, UUID clubId, Instant start, Instant end) throws Exception {
        HttpResponse<String> held = hold(matchService(), "match-" + UUID.randomUUID(), member, clubId, start, end);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        return new Api.Response(held.statusCode(), held.headers(), held.body()).json().path("id").asString();
    }

    private HttpResponse<String> hold(String token, String key, UUID member, UUID clubId, Instant start, Instant end)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/match-holds"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json("{'memberId':'%s','clubId':'%s','startsAt':'%s','endsAt':'%s'}",
                        member, clubId, start, end)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
