package dev.rallypoint.court.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.court.Race;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 200 members wait for a fully booked day; 50 holds are cancelled at once while two more workers
 * (standing in for other instances) offer freed time beside the service's own: every freed slot is
 * offered to exactly one waiter, the first 50 in the order they joined, and nothing overlaps.
 */
class WaitlistRaceTests extends HttpTest {

    static final int COURTS = 4;

    static final int WAITERS = 200;

    static final int CANCELLATIONS = 50;

    static final int DAY = 8;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Offers offers;

    @Test
    void fiftyCancellationsInABurstGoToTheFirstFiftyOfTwoHundredWaitersOneSlotEach() throws Exception {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        List<UUID> courts = new ArrayList<>(List.of(club.courtId()));
        for (int court = 2; court <= COURTS; court++) {
            courts.add(Fixtures.addCourt(api, club.managerToken(), club.clubId(), "Court " + court));
        }
        record Held(String path, String token) {
        }
        List<Held> holds = new ArrayList<>();
        for (UUID court : courts) {
            for (int hour = 6; hour < 22; hour++) {
                String token = TestTokens.member(UUID.randomUUID());
                holds.add(new Held(Waiting.held(api, token, Waiting.hold(court, DAY, hour, hour + 1)), token));
            }
        }
        try (ExecutorService joining = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < WAITERS; i++) {
                joining.submit(() -> Waiting.joined(api, TestTokens.member(UUID.randomUUID()),
                        Waiting.forClub(club.clubId(), DAY, 6, 22, 60)));
            }
        }
        List<String> entries = jdbc.sql("select id from waitlist_entry where club_id = :club order by created_at, id")
                .param("club", club.clubId()).query(String.class).list();
        awaitQueueDrained();
        assertThat(offered(club.clubId())).as("nothing is free yet").isEmpty();

        AtomicBoolean racing = new AtomicBoolean(true);
        List<Api.Response> cancellations;
        try (ExecutorService otherInstances = Executors.newFixedThreadPool(2)) {
            for (int worker = 0; worker < 2; worker++) {
                otherInstances.submit(() -> {
                    while (racing.get()) {
                        offers.offerFreed();
                    }
                });
            }
            cancellations = Race.run(CANCELLATIONS,
                    i -> api.post(holds.get(i * holds.size() / CANCELLATIONS).path() + "/cancellation",
                            holds.get(i * holds.size() / CANCELLATIONS).token(), null));
            await().atMost(Duration.ofSeconds(60)).until(() -> offered(club.clubId()).size() == CANCELLATIONS);
            awaitQueueDrained();
            racing.set(false);
        }

        assertThat(cancellations).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(200));
        assertThat(offered(club.clubId())).as("the first fifty, in the order they joined")
                .containsExactlyElementsOf(entries.subList(0, CANCELLATIONS));
        assertThat(entries).hasSize(WAITERS);
        assertThat(jdbc.sql("""
                select count(*) from reservation a join reservation b
                  on a.court_id = b.court_id and a.id < b.id
                 and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
                where a.status in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED') and b.status in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED')""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from waitlist_entry a join waitlist_entry b
                  on a.member_id = b.member_id and a.id < b.id
                 and tstzrange(a.offer_starts_at, a.offer_ends_at, '[)') && tstzrange(b.offer_starts_at, b.offer_ends_at, '[)')
                where a.status = 'OFFERED' and b.status = 'OFFERED'""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from waitlist_entry e join reservation r on r.id = e.reservation_id
                where e.club_id = :club and e.status = 'OFFERED' and r.status = 'HELD' and r.member_id = e.member_id
                  and r.court_id = e.offer_court_id and r.starts_at = e.offer_starts_at""")
                .param("club", club.clubId()).query(Long.class).single()).as("each offer is its waiter's hold")
                .isEqualTo(CANCELLATIONS);
        assertThat(jdbc.sql("""
                select count(*) from reservation where club_id = :club and status = 'HELD'""")
                .param("club", club.clubId()).query(Long.class).single()).as("every freed slot held again, once")
                .isEqualTo((long) COURTS * 16);
    }

    private List<String> offered(UUID clubId) {
        return jdbc.sql("select id from waitlist_entry where club_id = :club and status = 'OFFERED' order by created_at, id")
                .param("club", clubId).query(String.class).list();
    }

    private void awaitQueueDrained() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from waitlist_freed_time").query(Long.class).single() == 0);
    }
}
