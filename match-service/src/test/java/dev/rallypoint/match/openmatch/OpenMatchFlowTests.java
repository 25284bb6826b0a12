package dev.rallypoint.match.openmatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.common.event.court.ReservationExpired;
import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.match.TestUsers;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open matches through the API, with court-service's reservation reads on the contract stub: who may offer
 * which reservation, joining until full, leaving, calling off, called off when court-service's events say the
 * reservation is gone, and bad input refused with nothing stored.
 */
@MatchServiceTest
class OpenMatchFlowTests {

    static final Instant START = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final UUID ann = UUID.randomUUID();

    final String annToken = TestTokens.member(ann);

    final UUID club = UUID.randomUUID();

    @Test
    void aPlayerOffersTheirCourtAndOthersJoinUntilFullLeaveAndJoinAgain() {
        UUID reservation = CallerCourtStubs.own(annToken, ann, club, START, "HELD");
        String bob = TestTokens.member(UUID.randomUUID());
        String carol = TestTokens.member(UUID.randomUUID());
        Api api = new Api(port);

        Api.Response published = api.post("/api/v1/open-matches", annToken, offer(reservation, "SINGLES", 1));
        String path = published.headers().firstValue("Location").orElseThrow();
        Api.Response listed = api.get("/api/v1/open-matches?clubId=" + club, carol);
        Api.Response bobJoins = api.post(path + "/players", bob, null);
        Api.Response carolTooLate = api.post(path + "/players", carol, null);
        Api.Response bobLeaves = api.delete(path + "/players/me", bob);
        Api.Response carolJoins = api.post(path + "/players", carol, null);

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().path("publisherPlays").asBoolean()).isTrue();
        assertThat(published.json().path("clubId").asString()).isEqualTo(club.toString());
        assertThat(published.json().path("leaveBy").asString()).isEqualTo(START.minus(2, ChronoUnit.HOURS).toString());
        assertThat(listed.json().path("content").get(0).path("id").asString()).isEqualTo(published.json().path("id").asString());
        assertThat(bobJoins.status()).as(bobJoins.toString()).isEqualTo(200);
        assertThat(bobJoins.json().path("status").asString()).isEqualTo("FULL");
        assertThat(carolTooLate.code()).isEqualTo("open-match-full");
        assertThat(carolTooLate.status()).isEqualTo(409);
        assertThat(bobLeaves.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(carolJoins.json().path("placesLeft").asInt()).isZero();
        assertThat(carolJoins.json().path("players")).hasSize(1);
    }

    @Test
    void aManagerOffersAReservationOfTheirClubWithoutPlaying() {
        UUID manager = UUID.randomUUID();
        String token = TestTokens.courtManager(manager);
        UUID reservation = CallerCourtStubs.managed(token, club, START);

        Api.Response published = new Api(port).post("/api/v1/open-matches", token, offer(reservation, "DOUBLES", 4));

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().path("publisherPlays").asBoolean()).isFalse();
        assertThat(published.json().path("placesLeft").asInt()).isEqualTo(4);
    }

    @Test
    void onlyTheHolderOffersAReservationOnceWhileItIsLive() {
        UUID reservation = CallerCourtStubs.own(annToken, ann, club, START, "CONFIRMED");
        UUID cancelledOne = CallerCourtStubs.own(annToken, ann, club, START, "CANCELLED");
        String bob = TestTokens.member(UUID.randomUUID());
        Api api = new Api(port);

        Api.Response stranger = api.post("/api/v1/open-matches", bob, offer(reservation, "SINGLES", 1));
        Api.Response first = api.post("/api/v1/open-matches", annToken, offer(reservation, "SINGLES", 1));
        Api.Response again = api.post("/api/v1/open-matches", annToken, offer(reservation, "SINGLES", 1));
        String path = "/api/v1/open-matches/" + first.json().path("id").asString();
        Api.Response bobCancels = api.post(path + "/cancellation", bob, null);
        Api.Response bobLeaves = api.delete(path + "/players/me", bob);
        Api.Response annCancels = api.post(path + "/cancellation", annToken, null);
        Api.Response afterCancel = api.post("/api/v1/open-matches", annToken, offer(reservation, "SINGLES", 1));
        Api.Response cancelledReservation = api.post("/api/v1/open-matches", annToken, offer(cancelledOne, "SINGLES", 1));
        Api.Response unknown = api.get("/api/v1/open-matches/" + UUID.randomUUID(), bob);

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.code()).isEqualTo("reservation-not-found");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("reservation-already-offered");
        assertThat(bobCancels.status()).isEqualTo(403);
        assertThat(bobCancels.code()).isEqualTo("not-publisher");
        assertThat(bobLeaves.code()).isEqualTo("not-joined");
        assertThat(annCancels.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(afterCancel.status()).isEqualTo(201);
        assertThat(cancelledReservation.status()).isEqualTo(409);
        assertThat(cancelledReservation.code()).isEqualTo("reservation-not-usable");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    @Test
    void aPlayerOutsideTheRangeCannotJoin() {
        UUID reservation = CallerCourtStubs.own(annToken, ann, club, START, "HELD");
        UUID strong = UUID.randomUUID();
        TestUsers.level(strong, "5.5");
        Api api = new Api(port);
        String path = "/api/v1/open-matches/" + api.post("/api/v1/open-matches", annToken, offer(reservation, "DOUBLES", 3))
                .json().path("id").asString();

        Api.Response refused = api.post(path + "/players", TestTokens.member(strong), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("level-out-of-range");
    }

    @Test
    void aReservationCancelledOrExpiredAtCourtServiceCallsItsOpenMatchOff() throws Exception {
        UUID cancelled = CallerCourtStubs.own(annToken, ann, club, START, "CONFIRMED");
        UUID expired = CallerCourtStubs.own(annToken, ann, club, START, "HELD");
        Api api = new Api(port);
        String first = "/api/v1/open-matches/" + api.post("/api/v1/open-matches", annToken, offer(cancelled, "SINGLES", 1))
                .json().path("id").asString();
        String second = "/api/v1/open-matches/" + api.post("/api/v1/open-matches", annToken, offer(expired, "SINGLES", 1))
                .json().path("id").asString();
        Instant now = Instant.now();

        try (KafkaProducer<String, String> court = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            ReservationCancelled gone = new ReservationCancelled(UUID.randomUUID(), now, cancelled, ann, club,
                    UUID.randomUUID(), START, START.plusSeconds(3600), "CONFIRMED", "MEMBER", 20000, 0);
            court.send(new ProducerRecord<>("court.reservation-cancelled", cancelled.toString(),
                    Api.JSON.writeValueAsString(gone))).get();
            court.send(new ProducerRecord<>("court.reservation-cancelled", cancelled.toString(),
                    Api.JSON.writeValueAsString(gone))).get();
            court.send(new ProducerRecord<>("court.reservation-expired", expired.toString(), Api.JSON.writeValueAsString(
                    new ReservationExpired(UUID.randomUUID(), now, expired, ann, club, UUID.randomUUID(), START,
                            START.plusSeconds(3600))))).get();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(List.of(first, second))
                .allSatisfy(path -> {
                    Api.Response seen = api.get(path, annToken);
                    assertThat(seen.json().path("status").asString()).isEqualTo("CANCELLED");
                    assertThat(seen.json().path("cancelReason").asString()).isEqualTo("RESERVATION_ENDED");
                }));
        assertThat(api.post(first + "/players", TestTokens.member(UUID.randomUUID()), null).code())
                .isEqualTo("open-match-not-open");
    }

    @Test
    void courtServiceNotAnsweringIsAFastProblemNotAnError() {
        Api.Response answer = new Api(port).post("/api/v1/open-matches", annToken,
                offer(CallerCourtStubs.unreachable(), "SINGLES", 1));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.code()).isEqualTo("court-unavailable");
    }

    @Test
    void badOffersAreProblemsAndStoreNothing() {
        UUID reservation = CallerCourtStubs.own(annToken, ann, club, START, "HELD");
        Api api = new Api(port);
        List<String> bad = List.of(
                offer(reservation, "SINGLES", 0),
                offer(reservation, "SINGLES", 2),
                offer(reservation, "TRIPLES", 1),
                offer(null, "SINGLES", 1),
                "{\"reservationId\":\"" + reservation + "\",\"gameType\":\"SINGLES\",\"minLevel\":4.0,\"maxLevel\":3.0,\"places\":1}",
                "{\"reservationId\":\"" + reservation + "\",\"gameType\":\"SINGLES\",\"minLevel\":0.5,\"maxLevel\":3.0,\"places\":1}",
                "{\"reservationId\":\"" + reservation + "\",\"gameType\":\"SINGLES\",\"minLevel\":3.0,\"maxLevel\":4.0}",
                "{\"reservationId\":\"" + reservation + "\",\"gameType\":\"SINGLES\",\"minLevel\":3.0,\"maxLevel\":4.0,"
                        + "\"places\":1,\"price\":0}",
                "not json");

        List<Api.Response> answers = bad.stream().map(body -> api.post("/api/v1/open-matches", annToken, body)).toList();

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        });
        assertThat(jdbc.sql("select count(*) from open_match where reservation_id = ?").param(reservation)
                .query(Long.class).single()).isZero();
    }

    static String offer(UUID reservation, String gameType, int places) {
        return "{\"reservationId\":" + (reservation == null ? "null" : "\"" + reservation + "\"") + ",\"gameType\":\""
                + gameType + "\",\"minLevel\":3.0,\"maxLevel\":4.0,\"places\":" + places + "}";
    }
}
