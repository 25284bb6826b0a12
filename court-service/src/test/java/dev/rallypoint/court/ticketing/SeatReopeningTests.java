package dev.rallypoint.court.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.TestTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Canceled seats reopen at the configured local time of the event's zone, once a day, however many
 * instances try: each runner here is its own {@link SeatReopening} on a fixed clock, as another
 * instance of the service would be, sharing the real database.
 */
class SeatReopeningTests extends HttpTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TicketingProperties properties;

    @Test
    void canceledSeatsReopenAtNineInTheClubsZoneAndOnlyOnceThatDay() {
        ZoneId zone = ZoneId.of("America/New_York");
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, zone.getId()), 5, 1000, 4);
        cancel(api, event, 1);
        cancel(api, event, 2);
        ZonedDateTime nineLocal = nextNineAfterNow(zone);
        Instant nine = nineLocal.toInstant();

        assertThat(runnerAt(nine.minusSeconds(60)).runDue(zone)).isZero();
        assertThat(statuses(api, event)).containsExactly("CANCELED", "CANCELED", "AVAILABLE", "AVAILABLE", "AVAILABLE");

        assertThat(runnerAt(nine.plusSeconds(1)).runDue(zone)).isEqualTo(2);
        assertThat(statuses(api, event)).containsExactly("AVAILABLE", "AVAILABLE", "AVAILABLE", "AVAILABLE", "AVAILABLE");

        cancel(api, event, 3);
        assertThat(runnerAt(nine.plusSeconds(3600)).runDue(zone)).as("the day's run is done").isZero();
        assertThat(statuses(api, event).get(2)).isEqualTo("CANCELED");
        assertThat(runnerAt(nineLocal.plusDays(1).minusSeconds(60).toInstant()).runDue(zone)).isZero();
        assertThat(runnerAt(nineLocal.plusDays(1).toInstant()).runDue(zone)).as("the next day's run").isEqualTo(1);
        assertThat(statuses(api, event).get(2)).isEqualTo("AVAILABLE");
    }

    @Test
    void twoInstancesRacingForTheSameReopeningReopenTheSeatsOnce() throws Exception {
        ZoneId zone = ZoneId.of("Australia/Sydney");
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, zone.getId()), 10, 1000, 4);
        for (int seat = 1; seat <= 6; seat++) {
            cancel(api, event, seat);
        }
        ZonedDateTime due = nextNineAfterNow(zone).plusSeconds(5);

        for (int round = 0; round < 3; round++) {
            Instant at = due.plusDays(round).toInstant();
            if (round > 0) {
                cancel(api, event, round);
            }
            List<Integer> reopened = race(runnerAt(at), runnerAt(at), zone);

            assertThat(reopened).as("round " + round).containsExactlyInAnyOrder(round == 0 ? 6 : 1, 0);
            LocalDate day = LocalDate.ofInstant(at, zone);
            assertThat(jdbc.sql("select reopened from seat_reopening_run where time_zone = :zone and run_date = :day")
                    .param("zone", zone.getId()).param("day", day).query(Integer.class).list())
                    .containsExactly(round == 0 ? 6 : 1);
        }
        assertThat(statuses(api, event)).containsOnly("AVAILABLE");
    }

    @Test
    void theReopeningTimeIsTheLocalTimeOfEachZone() {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        ZoneId london = ZoneId.of("Europe/London");
        Api api = api();
        Events.TestEvent inSeoul = Events.announce(api, Fixtures.club(api, seoul.getId()), 3, 1000, 4);
        Events.TestEvent inLondon = Events.announce(api, Fixtures.club(api, london.getId()), 3, 1000, 4);
        cancel(api, inSeoul, 1);
        cancel(api, inLondon, 1);
        Instant seoulNine = nextNineAfterNow(seoul).plusDays(2).toInstant();
        ZonedDateTime londonNine = LocalDate.ofInstant(seoulNine, london).atTime(9, 0).atZone(london);
        if (londonNine.toInstant().isBefore(seoulNine)) {
            londonNine = londonNine.plusDays(1);
        }
        Instant seoulNineInLondon = seoulNine.plusSeconds(1);

        runnerAt(seoulNineInLondon).runDue(seoul);
        runnerAt(seoulNineInLondon).runDue(london);
        assertThat(statuses(api, inSeoul).getFirst()).isEqualTo("AVAILABLE");
        assertThat(statuses(api, inLondon).getFirst()).as("not yet 09:00 in London").isEqualTo("CANCELED");

        runnerAt(londonNine.toInstant().plusSeconds(1)).runDue(london);
        assertThat(statuses(api, inLondon).getFirst()).isEqualTo("AVAILABLE");
    }

    private SeatReopening runnerAt(Instant now) {
        return new SeatReopening(jdbc, transactions, properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The next 09:00 in the zone after the real time, so no run of the service's own clock reaches it. */
    private static ZonedDateTime nextNineAfterNow(ZoneId zone) {
        Instant now = Instant.now();
        ZonedDateTime nine = LocalDate.ofInstant(now, zone).atTime(LocalTime.of(9, 0)).atZone(zone);
        return nine.toInstant().isAfter(now.plusSeconds(600)) ? nine : nine.plusDays(1);
    }

    private static List<Integer> race(SeatReopening first, SeatReopening second, ZoneId zone) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<Integer> a = threads.submit(() -> {
                start.await();
                return first.runDue(zone);
            });
            Future<Integer> b = threads.submit(() -> {
                start.await();
                return second.runDue(zone);
            });
            start.countDown();
            return List.of(a.get(), b.get());
        }
    }

    private static void cancel(Api api, Events.TestEvent event, int seat) {
        String member = TestTokens.member(UUID.randomUUID());
        Api.Response held = api.post(event.hold(seat), member, null);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        Api.Response cancelled = api.delete(event.reservation(held.json().path("id").asString()), member);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    }

    private static List<String> statuses(Api api, Events.TestEvent event) {
        return api.get(event.seats(), null).json().findValuesAsString("status");
    }
}
