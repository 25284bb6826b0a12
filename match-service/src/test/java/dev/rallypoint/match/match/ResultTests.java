package dev.rallypoint.match.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.match.TestClock;
import dev.rallypoint.match.TestUsers;
import dev.rallypoint.match.TestWallet;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Results reported over HTTP by the players of a real match, moving their ratings through the outbox. */
@MatchServiceTest
class ResultTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;

    @Autowired
    Matcher matcher;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void agreeingPlayersRecordTheResultAndMoveTheirRatings() {
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID club = UUID.randomUUID();
        TestUsers.level(ann, "6.5");
        TestUsers.level(bob, "6.5");
        TestWallet.get().fund(ann, 5_000);
        TestWallet.get().fund(bob, 5_000);
        Api api = new Api(port);
        LocalDateTime from = LocalDateTime.ofInstant(clock.instant(), SEOUL).truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);
        String singles = Api.json("""
                {'gameType':'SINGLES','minLevel':6.5,'maxLevel':6.5,'zone':'Asia/Seoul',
                 'windows':[{'start':'%s','end':'%s'}],'clubIds':['%s']}""", from, from.plusHours(2), club);
        assertThat(api.post("/api/v1/match-requests", TestTokens.member(ann), singles).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/match-requests", TestTokens.member(bob), singles).status()).isEqualTo(201);
        matcher.runOnce();
        String match = api.get("/api/v1/matches", TestTokens.member(ann)).json().get(0).path("id").asString();
        assertThat(api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(ann), null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/matches/" + match + "/confirmation", TestTokens.member(bob), null).status()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "PAID".equals(
                api.get("/api/v1/matches/" + match, TestTokens.member(ann)).json().path("status").asString()));
        String annWins = "{\"sets\":[[6,4],[7,5]]}";

        Api.Response early = api.post("/api/v1/matches/" + match + "/result", TestTokens.member(ann), annWins);
        clock.advance(Duration.ofHours(2));
        Api.Response stranger = api.post("/api/v1/matches/" + match + "/result", TestTokens.member(UUID.randomUUID()), annWins);
        Api.Response bad = api.post("/api/v1/matches/" + match + "/result", TestTokens.member(ann), "{\"sets\":[[6,6]]}");
        Api.Response first = api.post("/api/v1/matches/" + match + "/result", TestTokens.member(ann), annWins);
        Api.Response second = api.post("/api/v1/matches/" + match + "/result", TestTokens.member(bob), annWins);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("match-not-played-yet");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("PAID");
        assertThat(second.json().path("status").asString()).isEqualTo("RECORDED");
        assertThat(second.json().path("score").asString()).isEqualTo("6-4 7-5");
        double annRating = api.get("/api/v1/ratings/me", TestTokens.member(ann)).json().path("rating").asDouble();
        double bobRating = api.get("/api/v1/ratings/me", TestTokens.member(bob)).json().path("rating").asDouble();
        assertThat(annRating).isGreaterThan(2100).isLessThan(2300);
        assertThat(bobRating).isLessThan(2100);
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%RatingChanged' and serialized_event like ?")
                .param("%" + match + "%").query(Long.class).single()).isEqualTo(2);
    }
}
