package dev.rallypoint.notification.broadcast;

import static dev.rallypoint.test.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.common.event.notice.ClubFollowed;
import dev.rallypoint.common.event.notice.NoticePublished;
import dev.rallypoint.common.identity.Role;
import dev.rallypoint.notification.Broker;
import dev.rallypoint.notification.NotificationServiceTest;
import dev.rallypoint.notification.preference.Category;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fan-outs to many members: an admin's announcement to a role, a club notice to the club's followers and
 * recent bookers only, and a broadcast that resumes after a crash mid-way without writing anything twice.
 */
@NotificationServiceTest
class BroadcastTests {

    @LocalServerPort
    int port;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnnouncementToARoleReachesEveryMemberWithItAndNobodyElse() {
        String tag = UUID.randomUUID().toString();
        List<UUID> managers = IntStream.range(0, 3).mapToObj(i -> Broker.registered(tag + i + "@rallypoint.test",
                Role.MEMBER, Role.COURT_MANAGER)).toList();
        UUID player = Broker.registered(tag + "p@rallypoint.test", Role.MEMBER);
        awaitMembers(managers.size() + 1, tag);
        Api api = new Api(port);

        Api.Response started = api.post("/api/v1/admin/notifications/announcements", TestTokens.admin(UUID.randomUUID()),
                json("{'title':'Court managers meeting %s','body':'Friday 10:00 at the Seoul office','role':'COURT_MANAGER'}", tag));

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).isPresent();
        for (UUID manager : managers) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.get(
                    "/api/v1/notifications?category=ANNOUNCEMENT", TestTokens.member(manager)).json().path("content")
                    .valueStream().map(item -> item.path("title").asString()).toList()).contains("Court managers meeting " + tag));
        }
        assertThat(api.get("/api/v1/notifications", TestTokens.member(player)).json().path("totalElements").asLong()).isZero();
        String location = started.headers().firstValue("Location").orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get(location, TestTokens.admin(UUID.randomUUID())).json().path("completedAt").isNull()).isFalse());
    }

    @Test
    void membersCannotAnnounceAndABadAnnouncementIsRefusedWithNothingStored() {
        Api api = new Api(port);
        long before = jdbc.sql("select count(*) from broadcast").query(Long.class).single();

        Api.Response byMember = api.post("/api/v1/admin/notifications/announcements", TestTokens.member(UUID.randomUUID()),
                json("{'title':'Hi','body':'All'}"));
        Api.Response blank = api.post("/api/v1/admin/notifications/announcements", TestTokens.admin(UUID.randomUUID()),
                json("{'title':' ','body':'All'}"));
        Api.Response badRole = api.post("/api/v1/admin/notifications/announcements", TestTokens.admin(UUID.randomUUID()),
                json("{'title':'Hi','body':'All','role':'SERVICE'}"));
        Api.Response unknownRole = api.post("/api/v1/admin/notifications/announcements", TestTokens.admin(UUID.randomUUID()),
                json("{'title':'Hi','body':'All','role':'KING'}"));

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.isProblem()).isTrue();
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from broadcast").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aClubNoticeReachesFollowersAndRecentBookersOnly() {
        UUID club = UUID.randomUUID();
        UUID follower = UUID.randomUUID();
        UUID recentBooker = UUID.randomUUID();
        UUID oldBooker = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        Broker.publish(new ClubFollowed(UUID.randomUUID(), Instant.now(), follower, club));
        Broker.publish(booking(recentBooker, club, Instant.now().minus(Duration.ofDays(10))));
        Broker.publish(booking(oldBooker, club, Instant.now().minus(Duration.ofDays(120))));
        Broker.publish(booking(stranger, UUID.randomUUID(), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                select (select count(*) from club_follower where club_id = :club)
                     + (select count(*) from club_booker where club_id = :club)""").param("club", club)
                .query(Long.class).single() == 3);
        UUID notice = UUID.randomUUID();

        Broker.publish(new NoticePublished(UUID.randomUUID(), Instant.now(), notice, club, "GENERAL", "Courts 3-4 resurfaced",
                "From Monday the clay courts are open again.", false));

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(recipientsOf("/notices/" + notice))
                .containsExactlyInAnyOrder(follower, recentBooker));
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(recipientsOf("/notices/" + notice)).hasSize(2));
    }

    @Test
    void aBroadcastResumedAfterACrashMidwayWritesNothingTwice() {
        String tag = UUID.randomUUID().toString();
        List<UUID> members = IntStream.range(0, 7).mapToObj(i -> Broker.registered(tag + i + "@rallypoint.test",
                Role.MEMBER, Role.ADMIN)).toList();
        awaitMembers(members.size(), tag);
        String source = "test-broadcast/" + tag;
        UUID id = jdbc.sql("""
                insert into broadcast (id, source, audience, role, category, template, arguments, created_at)
                values (gen_random_uuid(), :source, 'ROLE', 'ADMIN', 'ANNOUNCEMENT', 'announcement', cast(:args as jsonb), now())
                returning id""").param("source", source).param("args", "[\"Resumed " + tag + "\", \"body\"]")
                .query(UUID.class).single();

        // the first batch ran, then the instance died before moving the cursor on: the batch will run again
        assertThat(broadcasts.runBatch(id, 3)).isEqualTo(3);
        jdbc.sql("update broadcast set cursor = null where id = :id").param("id", id).update();
        broadcasts.run(id);

        List<UUID> reached = jdbc.sql("select recipient_id from notification where source = :source")
                .param("source", source).query(UUID.class).list();
        assertThat(reached).containsAll(members).doesNotHaveDuplicates();
        assertThat(broadcasts.progress(id).orElseThrow().completedAt()).isNotNull();
        assertThat(jdbc.sql("select count(*) from notification where source = :source and category = :category")
                .param("source", source).param("category", Category.ANNOUNCEMENT.name()).query(Long.class).single())
                .isEqualTo(reached.size());
    }

    private List<UUID> recipientsOf(String link) {
        return jdbc.sql("select recipient_id from notification where link = :link").param("link", link)
                .query(UUID.class).list();
    }

    private void awaitMembers(int count, String tag) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from member where email like :tag")
                .param("tag", tag + "%").query(Long.class).single() == count);
    }

    private static ReservationConfirmed booking(UUID member, UUID club, Instant at) {
        return new ReservationConfirmed(UUID.randomUUID(), at, UUID.randomUUID(), member, club, UUID.randomUUID(),
                at.plusSeconds(3600), at.plusSeconds(7200), 10_000, UUID.randomUUID());
    }
}
