package dev.rallypoint.court.ticketing;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.EventDateCancelled;
import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.court.SeatCancelled;
import dev.rallypoint.common.event.court.SeatReserved;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.support.security.Caller;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A club cancels a date or a whole event: every paid seat is refunded in full once (also across a crash
 * and a replay), every held seat released, every payment in flight called off, every holder told; the
 * wallet is played by the test on the real broker.
 */
class EventCancellationTests extends HttpTest {

    @Autowired
    EventCancellation cancellation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void cancellingADateRefundsPaidSeatsReleasesHeldOnesAndCallsOffPaymentsInFlight() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 10, 30_000, 6);
        Member paid = new Member();
        Member holding = new Member();
        Member paying = new Member();
        String paidSeat = paid.buy(api, event, 1);
        String heldSeat = holding.hold(api, event, 2);
        String payingSeat = paying.hold(api, event, 3);
        UUID inFlight = paying.startPayment(api, event, payingSeat);

        Api.Response cancelled = api.post("/api/v1/manager/events/" + event.eventId() + "/dates/" + event.dateId()
                + "/cancellation", event.club().managerToken(), json("{'reason':'Rain is forecast all day'}"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(202);
        assertThat(cancelled.json().path("dates").get(0).path("cancelledAt").isNull()).isFalse();
        assertThat(cancelled.json().path("dates").get(0).path("cancellationReason").asString())
                .isEqualTo("Rain is forecast all day");
        assertThat(cancelled.json().path("dates").get(0).path("available").asLong()).isZero();
        for (int seat = 1; seat <= 10; seat++) {
            assertThat(SeatPaymentTests.seat(api, event, seat)).isEqualTo("WITHDRAWN");
        }
        assertThat(paid.reservation(api, event, paidSeat).path("status").asString()).isEqualTo("CANCELED");
        assertThat(paid.reservation(api, event, paidSeat).path("cancelledBy").asString()).isEqualTo("MANAGER");
        assertThat(holding.reservation(api, event, heldSeat).path("status").asString()).isEqualTo("CANCELED");
        assertThat(paying.reservation(api, event, payingSeat).path("status").asString()).isEqualTo("CANCELED");

        RefundRequested refund = Wallet.awaitRefund(paid.id);
        assertThat(refund.amount()).isEqualTo(30_000);
        assertThat(refund.aggregateId()).isEqualTo(paid.paymentId);
        assertThat(refund.reason()).isEqualTo(SeatCancelled.EVENT_DATE_CANCELLED);
        assertThat(Wallet.awaitEvent(PaymentCancelled.class, inFlight).userId()).isEqualTo(paying.id);
        SeatCancelled toPaid = Wallet.awaitEvent(SeatCancelled.class, UUID.fromString(paidSeat));
        assertThat(toPaid.refunded()).isEqualTo(30_000);
        assertThat(toPaid.previousStatus()).isEqualTo("RESERVED");
        assertThat(toPaid.byTheClub()).isTrue();
        assertThat(Wallet.awaitEvent(SeatCancelled.class, UUID.fromString(heldSeat)).refunded()).isZero();
        assertThat(Wallet.awaitEvent(SeatCancelled.class, UUID.fromString(payingSeat)).previousStatus())
                .isEqualTo("PAYMENT_PENDING");
        EventDateCancelled dateCancelled = Wallet.awaitEvent(EventDateCancelled.class, event.dateId());
        assertThat(dateCancelled.clubId()).isEqualTo(event.club().clubId());
        assertThat(dateCancelled.wholeEvent()).isFalse();

        Api.Response hold = api.post(event.hold(5), TestTokens.member(UUID.randomUUID()), null);
        assertThat(hold.status()).isEqualTo(422);
        assertThat(hold.code()).isEqualTo("event-date-cancelled");
    }

    @Test
    void aCrashMidwayAndTheReplaysRefundEveryPaidSeatExactlyOnce() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 10, 12_000, 6);
        List<Member> buyers = List.of(new Member(), new Member(), new Member(), new Member());
        List<String> seats = List.of(buyers.get(0).buy(api, event, 4), buyers.get(1).buy(api, event, 5),
                buyers.get(2).buy(api, event, 6), buyers.get(3).buy(api, event, 7));
        Caller manager = new Caller(event.club().managerId().toString(), Set.of(dev.rallypoint.common.identity.Role.MEMBER,
                dev.rallypoint.common.identity.Role.COURT_MANAGER));

        // the instance dies after the date was cancelled and one batch of one seat was settled
        cancellation.markCancelled(manager, event.eventId(), event.dateId(), "Court resurfacing");
        assertThat(cancellation.settleBatch(event.dateId(), 1)).isEqualTo(1);
        // the manager retries, and the sweeper of every instance runs too
        Api.Response retried = api.post("/api/v1/manager/events/" + event.eventId() + "/dates/" + event.dateId()
                + "/cancellation", event.club().managerToken(), json("{'reason':'Court resurfacing, again'}"));
        assertThat(retried.status()).isEqualTo(202);
        cancellation.settleUnsettled();
        cancellation.settleUnsettled();

        for (int i = 0; i < buyers.size(); i++) {
            String reference = "seat-reservation/" + seats.get(i);
            assertThat(jdbc.sql("""
                    select count(*) from event_publication
                    where event_type like '%RefundRequested' and serialized_event like :reference""")
                    .param("reference", "%" + reference + "%").query(Long.class).single())
                    .as("refund requests stored for " + reference).isEqualTo(1);
            RefundRequested refund = Wallet.awaitRefund(buyers.get(i).id);
            assertThat(refund.aggregateId()).isEqualTo(buyers.get(i).paymentId);
            assertThat(refund.amount()).isEqualTo(12_000);
        }
        assertThat(jdbc.sql("select cancellation_settled_at is not null from event_date where id = :id")
                .param("id", event.dateId()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select cancellation_reason from event_date where id = :id")
                .param("id", event.dateId()).query(String.class).single()).isEqualTo("Court resurfacing");
    }

    @Test
    void cancellingTheWholeEventCancelsEveryDate() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "Europe/Paris");
        Instant first = Instant.now().plus(Duration.ofDays(8)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Api.Response created = api.post("/api/v1/manager/events", club.managerToken(), json(
                "{'title':'Open days','clubId':'%s','dates':['%s','%s'],'seatsPerDate':5,'pricePerSeat':1000}",
                club.clubId(), first, first.plus(Duration.ofDays(1))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String eventId = created.json().path("id").asString();

        Api.Response cancelled = api.post("/api/v1/admin/events/" + eventId + "/cancellation", Fixtures.admin(),
                json("{'reason':'The club closes for the season'}"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(202);
        assertThat(cancelled.json().path("cancelledAt").isNull()).isFalse();
        cancelled.json().path("dates").forEach(date -> assertThat(date.path("cancelledAt").isNull()).isFalse());
        EventDateCancelled one = Wallet.awaitEvent(EventDateCancelled.class,
                UUID.fromString(cancelled.json().path("dates").get(1).path("id").asString()));
        assertThat(one.wholeEvent()).isTrue();
        assertThat(one.cancelledBy()).isEqualTo("ADMIN");
    }

    @Test
    void onlyTheClubsManagersMayCancelAndABlankReasonIsRefusedWithNothingChanged() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 5, 1_000, 6);
        Fixtures.TestClub otherClub = Fixtures.club(api, "Asia/Seoul");
        String path = "/api/v1/manager/events/" + event.eventId() + "/dates/" + event.dateId() + "/cancellation";

        Api.Response otherManager = api.post(path, otherClub.managerToken(), json("{'reason':'Not mine'}"));
        Api.Response member = api.post(path, TestTokens.member(UUID.randomUUID()), json("{'reason':'Not mine'}"));
        Api.Response blank = api.post(path, event.club().managerToken(), json("{'reason':'  '}"));
        Api.Response missing = api.post(path, event.club().managerToken(), "{}");

        assertThat(otherManager.status()).isEqualTo(403);
        assertThat(otherManager.code()).isEqualTo("not-club-manager");
        assertThat(member.status()).isEqualTo(403);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.isProblem()).isTrue();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/events/" + event.eventId(), null).json().path("dates").get(0).path("cancelledAt")
                .isNull()).isTrue();
        assertThat(SeatPaymentTests.seat(api, event, 1)).isEqualTo("AVAILABLE");
    }

    @Test
    void aPaidSeatIsAnnouncedAsReservedWithItsEvent() {
        Api api = api();
        Events.TestEvent event = Events.announce(api, Fixtures.club(api, "Asia/Seoul"), 5, 7_000, 6);
        Member buyer = new Member();
        String seat = buyer.buy(api, event, 2);

        SeatReserved reserved = Wallet.awaitEvent(SeatReserved.class, UUID.fromString(seat));

        assertThat(reserved.memberId()).isEqualTo(buyer.id);
        assertThat(reserved.clubId()).isEqualTo(event.club().clubId());
        assertThat(reserved.eventDateId()).isEqualTo(event.dateId());
        assertThat(reserved.seatNumber()).isEqualTo(2);
        assertThat(reserved.price()).isEqualTo(7_000);
        assertThat(reserved.title()).startsWith("Exhibition");
    }

    /** A member who holds, pays and buys seats, with the test answering as the wallet. */
    static final class Member {

        final UUID id = UUID.randomUUID();

        final String token = TestTokens.member(id);

        UUID paymentId;

        String hold(Api api, Events.TestEvent event, int seat) {
            Api.Response held = api.post(event.hold(seat), token, null);
            assertThat(held.status()).as(held.toString()).isEqualTo(201);
            return held.json().path("id").asString();
        }

        UUID startPayment(Api api, Events.TestEvent event, String reservationId) {
            Api.Response paying = api.postIdempotent(event.payment(reservationId), token, UUID.randomUUID().toString());
            assertThat(paying.status()).as(paying.toString()).isEqualTo(202);
            paymentId = UUID.fromString(paying.json().path("paymentId").asString());
            Wallet.awaitEvent(PaymentRequested.class, paymentId);
            return paymentId;
        }

        String buy(Api api, Events.TestEvent event, int seat) {
            String reservationId = hold(api, event, seat);
            UUID payment = startPayment(api, event, reservationId);
            PaymentRequested request = Wallet.awaitEvent(PaymentRequested.class, payment);
            Wallet.answer(new PaymentSucceeded(UUID.randomUUID(), Instant.now(), payment, id, request.amount(), 0));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    reservation(api, event, reservationId).path("status").asString()).isEqualTo("RESERVED"));
            return reservationId;
        }

        tools.jackson.databind.JsonNode reservation(Api api, Events.TestEvent event, String reservationId) {
            return api.get(event.reservation(reservationId), token).json();
        }
    }
}
