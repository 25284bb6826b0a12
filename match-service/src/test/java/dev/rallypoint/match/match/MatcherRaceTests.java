package dev.rallypoint.match.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.MatchServiceTest;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 300 real requests (150 players, two days each, singles and doubles, two clubs) matched by two matchers
 * running at once while players cancel: no player ends up in two matches at overlapping times, no request
 * in two matches, no cancelled request in a match.
 */
@MatchServiceTest
class MatcherRaceTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;

    @Autowired
    Matcher matcher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoMatchersAtOnceNeverPutAPlayerInTwoMatches() throws Exception {
        List<UUID> clubs = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<String> days = List.of(LocalDate.now(SEOUL).plusDays(5).toString(), LocalDate.now(SEOUL).plusDays(6).toString());
        List<Callable<String>> asks = new ArrayList<>();
        List<UUID> players = new ArrayList<>();
        for (int p = 0; p < 150; p++) {
            UUID player = UUID.randomUUID();
            players.add(player);
            String type = p % 3 == 0 ? "DOUBLES" : "SINGLES";
            String level = p % 2 == 0 ? "3.0" : "3.5";
            for (String day : days) {
                String body = Api.json("""
                        {'gameType':'%s','level':%s,'minLevel':2.5,'maxLevel':4.0,'zone':'Asia/Seoul',
                         'windows':[{'start':'%sT18:00','end':'%sT%s:00'}],'clubIds':[%s]}""",
                        type, level, day, day, 20 + p % 3,
                        p % 4 == 0 ? "'" + clubs.get(0) + "','" + clubs.get(1) + "'" : "'" + clubs.get(p % 2) + "'");
                asks.add(() -> {
                    Api.Response asked = new Api(port).post("/api/v1/match-requests", TestTokens.member(player), body);
                    for (int retry = 0; retry < 3 && asked.status() == 503; retry++) {
                        // the stand-in for user-service may be slow on a shared machine; this test is about matching
                        asked = new Api(port).post("/api/v1/match-requests", TestTokens.member(player), body);
                    }
                    return asked.status() == 201 ? asked.json().path("id").asString() : asked.toString();
                });
            }
        }
        List<String> requestIds = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore concurrency = new Semaphore(8);
            List<Future<String>> asked = new ArrayList<>();
            for (Callable<String> ask : asks) {
                asked.add(executor.submit(() -> {
                    concurrency.acquire();
                    try {
                        return ask.call();
                    }
                    finally {
                        concurrency.release();
                    }
                }));
            }
            for (Future<String> one : asked) {
                requestIds.add(one.get());
            }
        }
        assertThat(requestIds).hasSize(300).allMatch(id -> id.length() == 36, "request ids");

        List<String> toCancel = new ArrayList<>(requestIds);
        Collections.shuffle(toCancel);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Callable<Integer> instance = () -> {
                int formed = 0;
                int round;
                do {
                    round = matcher.runOnce();
                    formed += round;
                }
                while (round > 0);
                return formed;
            };
            Future<Integer> one = executor.submit(instance);
            Future<Integer> two = executor.submit(instance);
            List<Future<Integer>> cancellations = new ArrayList<>();
            for (String id : toCancel.subList(0, 30)) {
                UUID owner = ownerOf(id);
                cancellations.add(executor.submit(() -> new Api(port).delete("/api/v1/match-requests/" + id,
                        TestTokens.member(owner)).status()));
            }
            for (Future<Integer> cancellation : cancellations) {
                assertThat(cancellation.get()).isIn(204, 409);
            }
            assertThat(one.get() + two.get()).isPositive();
        }
        while (matcher.runOnce() > 0) {
            // drain what the race left matchable
        }

        // this test's players only: other tests of the shared context leave cancelled matches behind
        assertThat(jdbc.sql("""
                select count(*) from match_player a join match_player b
                  on a.player_id = b.player_id and a.match_id <> b.match_id
                 and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                 where a.player_id in (:players)""").param("players", players).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from (select request_id from match_player where player_id in (:players)
                                      group by request_id having count(distinct match_id) > 1) twice""")
                .param("players", players).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from match_player p join match_request r on r.id = p.request_id
                 where p.player_id in (:players) and (r.status <> 'MATCHED' or r.match_id <> p.match_id)""")
                .param("players", players).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from matches m where m.id in (select match_id from match_player where player_id in (:players))
                   and (select count(*) from match_player p where p.match_id = m.id)
                  <> case m.game_type when 'SINGLES' then 2 else 4 end""").param("players", players).query(Long.class).single())
                .isZero();
        long matchedOfOurs = jdbc.sql("select count(*) from match_request where player_id in (:players) and status = 'MATCHED'")
                .param("players", players).query(Long.class).single();
        assertThat(matchedOfOurs).isGreaterThan(200);
    }

    private UUID ownerOf(String requestId) {
        return jdbc.sql("select player_id from match_request where id = ?::uuid").param(requestId).query(UUID.class).single();
    }
}
