package dev.rallypoint.notice.notice;

import static dev.rallypoint.test.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.notice.NoticeServiceTest;
import dev.rallypoint.notice.TestClock;
import dev.rallypoint.notice.TestCourt;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notices over HTTP against the real service and PostgreSQL, with a stand-in court-service deciding who
 * manages which club: who may post where, what readers see and in which order, scheduled publication
 * (once, also with two publishers), revisions, and bad input refused with nothing stored.
 */
@NoticeServiceTest
class NoticeTests {

    @LocalServerPort
    int port;

    @Autowired
    Notices notices;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    final UUID manager = UUID.randomUUID();

    final String managerToken = TestTokens.courtManager(manager);

    @Test
    void aManagerPostsToTheirClubAndAnyoneReadsItRenderedSafely() {
        Api api = new Api(port);
        UUID club = TestCourt.club(manager);

        Api.Response posted = api.post("/api/v1/manager/notices", managerToken, json(
                "{'clubId':'%s','category':'MAINTENANCE','title':'Courts 3-4 resurfaced','body':'**Open** again <script>alert(1)</script>',"
                        + "'attachments':[{'name':'Map','url':'https://cdn.rallypoint.dev/map.pdf'}]}", club));

        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        String id = posted.json().path("id").asString();
        Api.Response read = api.get("/api/v1/notices/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("bodyHtml").asString()).contains("<strong>Open</strong>").doesNotContain("<script");
        assertThat(read.json().path("attachments").get(0).path("url").asString()).isEqualTo("https://cdn.rallypoint.dev/map.pdf");
        assertThat(api.get("/api/v1/clubs/" + club + "/notices", null).json().path("content").get(0).path("id").asString())
                .isEqualTo(id);
        assertThat(published(id)).singleElement().satisfies(event -> assertThat(event).contains(club.toString()));
    }

    @Test
    void nobodyPostsToAClubTheyDoNotManageNorAPlatformNoticeUnlessAdmin() {
        Api api = new Api(port);
        UUID club = TestCourt.club(manager);
        UUID otherManager = UUID.randomUUID();
        TestCourt.club(otherManager);
        long before = count();

        Api.Response otherClub = api.post("/api/v1/manager/notices", TestTokens.courtManager(otherManager),
                json("{'clubId':'%s','category':'GENERAL','title':'Not mine','body':'x'}", club));
        Api.Response member = api.post("/api/v1/manager/notices", TestTokens.member(UUID.randomUUID()),
                json("{'clubId':'%s','category':'GENERAL','title':'Not mine','body':'x'}", club));
        Api.Response platformByManager = api.post("/api/v1/manager/notices", managerToken,
                json("{'category':'GENERAL','title':'Everyone','body':'x'}"));
        Api.Response unknownClub = api.post("/api/v1/manager/notices", managerToken,
                json("{'clubId':'%s','category':'GENERAL','title':'Where','body':'x'}", UUID.randomUUID()));

        assertThat(otherClub.status()).isEqualTo(403);
        assertThat(otherClub.code()).isEqualTo("not-club-manager");
        assertThat(member.status()).isEqualTo(403);
        assertThat(platformByManager.status()).isEqualTo(403);
        assertThat(unknownClub.status()).isEqualTo(404);
        assertThat(count()).isEqualTo(before);

        Api.Response platform = api.post("/api/v1/admin/notices", TestTokens.admin(UUID.randomUUID()),
                json("{'category':'POLICY','title':'New cancellation policy','body':'From June.'}"));
        assertThat(platform.status()).as(platform.toString()).isEqualTo(201);
        String id = platform.json().path("id").asString();
        Api.Response editByManager = api.put("/api/v1/manager/notices/" + id, managerToken,
                json("{'category':'POLICY','title':'Hijacked','body':'x'}"));
        assertThat(editByManager.status()).isEqualTo(403);
    }

    @Test
    void pinnedNoticesComeFirstThenTheNewestAndSearchFindsByWords() {
        Api api = new Api(port);
        UUID club = TestCourt.club(manager);
        String first = post(api, club, "Summer league sign-up", "Teams of four", false);
        String pinned = post(api, club, "Parking closed", "Use the east gate", true);
        String last = post(api, club, "Coaching clinic", "Saturday league warm-up", false);

        List<String> order = api.get("/api/v1/clubs/" + club + "/notices", null).json().path("content").valueStream()
                .map(item -> item.path("id").asString()).toList();
        List<String> found = api.get("/api/v1/clubs/" + club + "/notices?q=LEAGUE", null).json().path("content")
                .valueStream().map(item -> item.path("id").asString()).toList();

        assertThat(order).containsExactly(pinned, last, first);
        assertThat(found).containsExactly(last, first);
        assertThat(api.get("/api/v1/clubs/" + club + "/notices?size=101", null).status()).isEqualTo(400);
    }

    @Test
    void aScheduledNoticeIsPublishedOnceAtItsTimeEvenWithTwoPublishers() throws Exception {
        Api api = new Api(port);
        UUID club = TestCourt.club(manager);
        Instant at = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        Api.Response posted = api.post("/api/v1/manager/notices", managerToken, json(
                "{'clubId':'%s','category':'EVENT','title':'Open day','body':'Come and play','publishAt':'%s','expiresAt':'%s'}",
                club, at, at.plus(Duration.ofDays(1))));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        String id = posted.json().path("id").asString();
        assertThat(api.get("/api/v1/notices/" + id, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/manager/notices/" + id, managerToken).status()).isEqualTo(200);
        assertThat(notices.publishDue(10)).isZero();

        clock.advance(Duration.ofHours(2).plusSeconds(1));
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> publishers = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            return notices.publishDue(10);
        })).toList();
        publishers.forEach(CompletableFuture::join);

        assertThat(api.get("/api/v1/notices/" + id, null).status()).isEqualTo(200);
        assertThat(published(id)).hasSize(1);
        clock.advance(Duration.ofDays(1));
        assertThat(api.get("/api/v1/notices/" + id, null).status()).as("expired").isEqualTo(404);
    }

    @Test
    void anEditKeepsTheRevisionAndDoesNotPublishAgain() {
        Api api = new Api(port);
        UUID club = TestCourt.club(manager);
        String id = post(api, club, "Net height", "Nets are at 0.914 m", false);

        Api.Response edited = api.put("/api/v1/manager/notices/" + id, managerToken,
                json("{'clubId':'%s','category':'GENERAL','title':'Net height (fixed)','body':'Nets are at 0.914 m in the centre'}", club));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("title").asString()).isEqualTo("Net height (fixed)");
        Api.Response revisions = api.get("/api/v1/manager/notices/" + id + "/revisions", managerToken);
        assertThat(revisions.json().get(0).path("number").asInt()).isEqualTo(1);
        assertThat(revisions.json().get(0).path("title").asString()).isEqualTo("Net height");
        assertThat(published(id)).hasSize(1);
        assertThat(api.get("/api/v1/manager/notices/" + id + "/revisions", TestTokens.courtManager(UUID.randomUUID()))
                .status()).isIn(403, 404);
    }

    @Test
    void badInputIsRefusedWithNothingStored() {
        Api api = new Api(port);
        UUID club = TestCourt.club(manager);
        long before = count();
        List<String> bad = List.of(
                "{'clubId':'%s','category':'GENERAL','title':' ','body':'x'}",
                "{'clubId':'%s','category':'GOSSIP','title':'t','body':'x'}",
                "{'clubId':'%s','category':'GENERAL','title':'t'}",
                "{'clubId':'%s','category':'GENERAL','title':'t','body':'x','attachments':[{'name':'a','url':'http://plain.example/a'}]}",
                "{'clubId':'%s','category':'GENERAL','title':'t','body':'x','attachments':[{'name':'a','url':'javascript:alert(1)'}]}",
                "{'clubId':'%s','category':'GENERAL','title':'t','body':'x','publishAt':'2030-01-02T00:00:00Z','expiresAt':'2030-01-01T00:00:00Z'}",
                "{'clubId':'%s','category':'GENERAL','title':'t','body':'x','pinned':'yes'}");
        for (String body : bad) {
            Api.Response refused = api.post("/api/v1/manager/notices", managerToken, json(body, club));
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.isProblem()).as(body).isTrue();
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCourtServiceThatFailsGivesA503AndTheBreakerOpens() {
        Api api = new Api(port);
        UUID club = TestCourt.club(UUID.randomUUID());
        TestCourt.down(true);
        try {
            // the breaker's window holds the last 10 s, which may be full of earlier tests' successes (the access
            // matrix asks court-service hundreds of times): failures are sent until they outweigh them and it opens
            Awaitility.await("the breaker opens and sheds a call without asking court-service")
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                        int before = TestCourt.calls();
                        Api.Response refused = api.post("/api/v1/manager/notices", TestTokens.courtManager(UUID.randomUUID()),
                                json("{'clubId':'%s','category':'GENERAL','title':'t','body':'x'}", club));
                        assertThat(refused.status()).isEqualTo(503);
                        assertThat(refused.code()).isEqualTo("court-service-unavailable");
                        return TestCourt.calls() == before;
                    });
            int calls = TestCourt.calls();
            Api.Response again = api.post("/api/v1/manager/notices", TestTokens.courtManager(UUID.randomUUID()),
                    json("{'clubId':'%s','category':'GENERAL','title':'t','body':'x'}", club));
            assertThat(again.status()).isEqualTo(503);
            assertThat(TestCourt.calls()).as("and goes on shedding while open").isEqualTo(calls);
        }
        finally {
            TestCourt.down(false);
            // the breaker lets a probe through after 5 s and closes again: later tests find it closed
            UUID healthy = TestCourt.club(manager);
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> api.post(
                    "/api/v1/manager/notices", managerToken, json("{'clubId':'%s','category':'GENERAL','title':'Back','body':'x'}",
                            healthy)).status() == 201);
        }
    }

    private String post(Api api, UUID club, String title, String body, boolean pinned) {
        Api.Response posted = api.post("/api/v1/manager/notices", managerToken, json(
                "{'clubId':'%s','category':'GENERAL','title':'%s','body':'%s','pinned':%s}", club, title, body, pinned));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.json().path("id").asString();
    }

    private List<String> published(String noticeId) {
        return jdbc.sql("select serialized_event from event_publication where event_type like '%NoticePublished' and serialized_event like :id")
                .param("id", "%" + noticeId + "%").query(String.class).list();
    }

    private long count() {
        return jdbc.sql("select count(*) from notice").query(Long.class).single();
    }
}
