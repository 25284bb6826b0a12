package dev.rallypoint.match.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.match.TestUsers;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@MatchServiceTest
class MatchRequestTests {

    static final String DAY = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(3).toString();

    static final UUID CLUB = UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api() {
        return new Api(port);
    }

    static String body(String level, String from, String to) {
        return Api.json("""
                {'gameType':'SINGLES',%s'minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul',
                 'windows':[{'start':'%sT%s','end':'%sT%s'}],'clubIds':['%s']}""",
                level == null ? "" : "'level':" + level + ",", DAY, from, DAY, to, CLUB);
    }

    @Test
    void asksAtTheProfilesLevelAndListsTheRequest() {
        UUID player = UUID.randomUUID();
        TestUsers.level(player, "4.0");

        Api.Response asked = api().post("/api/v1/match-requests", TestTokens.member(player), body(null, "18:00", "21:00"));

        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().path("level").asDouble()).isEqualTo(4.0);
        assertThat(asked.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(asked.json().path("windows").get(0).path("start").asString()).isEqualTo(DAY + "T18:00:00");
        Api.Response mine = api().get("/api/v1/match-requests", TestTokens.member(player));
        assertThat(mine.json().get(0).path("id").asString()).isEqualTo(asked.json().path("id").asString());
    }

    @Test
    void aLevelMayOnlyBeLoweredFromTheProfiles() {
        UUID player = UUID.randomUUID();
        TestUsers.level(player, "3.5");

        Api.Response lower = api().post("/api/v1/match-requests", TestTokens.member(player), body("3.0", "08:00", "10:00"));
        Api.Response higher = api().post("/api/v1/match-requests", TestTokens.member(player), body("4.0", "11:00", "13:00"));

        assertThat(lower.status()).as(lower.toString()).isEqualTo(201);
        assertThat(higher.status()).isEqualTo(400);
        assertThat(higher.isProblem()).isTrue();
        assertThat(higher.code()).isEqualTo("level-above-profile");
    }

    @Test
    void refusesAPlayerWithoutALevel() {
        UUID player = UUID.randomUUID();
        TestUsers.level(player, null);

        Api.Response asked = api().post("/api/v1/match-requests", TestTokens.member(player), body(null, "18:00", "21:00"));

        assertThat(asked.status()).isEqualTo(400);
        assertThat(asked.code()).isEqualTo("ntrp-level-missing");
    }

    @Test
    void oneOpenRequestPerOverlappingWindowPerPlayerPartnerIncluded() {
        UUID player = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        String pair = Api.json("""
                {'gameType':'DOUBLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','partnerId':'%s','partnerLevel':3.5,
                 'windows':[{'start':'%sT18:00','end':'%sT21:00'}],'clubIds':['%s']}""", partner, DAY, DAY, CLUB);

        assertThat(api().post("/api/v1/match-requests", TestTokens.member(player), pair).status()).isEqualTo(201);
        Api.Response partnersOwn = api().post("/api/v1/match-requests", TestTokens.member(partner), body(null, "20:00", "22:00"));
        Api.Response playersOwn = api().post("/api/v1/match-requests", TestTokens.member(player), body(null, "17:00", "18:30"));
        Api.Response later = api().post("/api/v1/match-requests", TestTokens.member(partner), body(null, "21:00", "23:00"));

        assertThat(partnersOwn.status()).isEqualTo(409);
        assertThat(partnersOwn.code()).isEqualTo("overlapping-request");
        assertThat(playersOwn.status()).isEqualTo(409);
        assertThat(later.status()).as(later.toString()).isEqualTo(201);
    }

    @Test
    void aCancelledRequestFreesItsWindowsAndCannotBeCancelledTwice() {
        UUID player = UUID.randomUUID();
        String id = api().post("/api/v1/match-requests", TestTokens.member(player), body(null, "14:00", "16:00"))
                .json().path("id").asString();

        Api.Response strangers = api().delete("/api/v1/match-requests/" + id, TestTokens.member(UUID.randomUUID()));
        Api.Response cancelled = api().delete("/api/v1/match-requests/" + id, TestTokens.member(player));
        Api.Response again = api().delete("/api/v1/match-requests/" + id, TestTokens.member(player));
        Api.Response anew = api().post("/api/v1/match-requests", TestTokens.member(player), body(null, "14:00", "16:00"));

        assertThat(strangers.status()).isEqualTo(404);
        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("request-not-open");
        assertThat(anew.status()).isEqualTo(201);
        assertThat(api().get("/api/v1/match-requests/" + id, TestTokens.member(player)).json().path("status").asString())
                .isEqualTo("CANCELLED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{'gameType':'TRIPLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':4.5,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.3,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Mars/Olympus','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT18:30'}],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT20:00','end':'DAYT18:00'}],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'2020-01-01T18:00','end':'2020-01-01T20:00'}],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'},{'start':'DAYT19:00','end':'DAYT21:00'}],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[],'clubIds':['CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':[]}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB','CLUB']}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB'],'partnerId':'CLUB','partnerLevel':3.0}",
            "{'gameType':'DOUBLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB'],'partnerId':'CLUB'}",
            "{'gameType':'SINGLES','minLevel':3.0,'maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB'],'surprise':1}",
            "{'gameType':'SINGLES','minLevel':'strong','maxLevel':4.0,'zone':'Asia/Seoul','windows':[{'start':'DAYT18:00','end':'DAYT20:00'}],'clubIds':['CLUB']}",
            "not json"
    })
    void badInputIsAProblemAndStoresNothing(String template) {
        UUID player = UUID.randomUUID();
        String json = template.replace("DAY", DAY).replace("CLUB", CLUB.toString()).replace('\'', '"');

        Api.Response response = api().post("/api/v1/match-requests", TestTokens.member(player), json);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(jdbc.sql("select count(*) from match_request where player_id = ?").param(player).query(Long.class).single())
                .isZero();
    }

    @Test
    void userServiceDownIsA503() {
        UUID player = UUID.randomUUID();
        TestUsers.down(true);
        try {
            Api.Response asked = api().post("/api/v1/match-requests", TestTokens.member(player), body(null, "06:00", "08:00"));

            assertThat(asked.status()).isEqualTo(503);
            assertThat(asked.isProblem()).isTrue();
        }
        finally {
            TestUsers.down(false);
        }
    }
}
