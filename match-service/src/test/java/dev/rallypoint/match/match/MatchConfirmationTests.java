package dev.rallypoint.match.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.match.MatchCancelled;
import dev.rallypoint.common.event.match.MatchConfirmed;
import dev.rallypoint.common.event.match.MatchPaid;
import dev.rallypoint.common.event.match.MatchPaymentFailed;
import dev.rallypoint.match.court.HoldOutcome;
import dev.rallypoint.match.matching.Candidate;
import dev.rallypoint.match.matching.GameType;
import dev.rallypoint.match.matching.Proposal;
import dev.rallypoint.match.matching.Window;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Confirming, declining and timing out a formed match, without Spring. */
class MatchConfirmationTests {

    static final Instant NOW = Instant.parse("2026-12-12T09:00:00Z");

    static final Instant DEADLINE = NOW.plus(Duration.ofMinutes(4));

    static final UUID CLUB = UUID.randomUUID();

    static final Duration PAY = Duration.ofMinutes(1);

    final Candidate.Player ann = new Candidate.Player(UUID.randomUUID(), 3.5);

    final Candidate.Player bob = new Candidate.Player(UUID.randomUUID(), 3.5);

    final Candidate annAsks = candidate(ann);

    final Candidate bobAsks = candidate(bob);

    final HoldOutcome.Held court = new HoldOutcome.Held(UUID.randomUUID(), UUID.randomUUID(), ann.id(),
            NOW.plus(Duration.ofMinutes(5)), 10_000);

    @Test
    void theLastConfirmationInTimeConfirmsTheMatchAndItsCourtIsToBePaid() {
        Match match = formed();

        assertThat(match.confirm(ann.id(), PAY, at(NOW.plusSeconds(10)))).isFalse();
        assertThat(match.confirm(bob.id(), PAY, at(DEADLINE.minusSeconds(1)))).isTrue();

        assertThat(match.status()).isEqualTo(MatchStatus.PAYMENT_PENDING);
        assertThat(match.paymentAttempt()).isEqualTo(1);
        assertThat(match.paymentDue()).isEqualTo(DEADLINE.minusSeconds(1).plus(PAY)).isBefore(court.heldUntil());
        assertThat(match.shares()).containsEntry(ann.id(), 5_000L).containsEntry(bob.id(), 5_000L);
        assertThat(events(match)).last().isInstanceOfSatisfying(MatchConfirmed.class, confirmed -> {
            assertThat(confirmed.reservationId()).isEqualTo(court.reservationId());
            assertThat(confirmed.players()).containsExactlyInAnyOrder(ann.id(), bob.id());
        });
        assertThatThrownBy(() -> match.decline(bob.id(), at(NOW))).isInstanceOf(NotAwaitingConfirmation.class);
    }

    @Test
    void noConfirmationAtOrAfterTheDeadline() {
        Match match = formed();

        assertThatThrownBy(() -> match.confirm(ann.id(), PAY, at(DEADLINE))).isInstanceOf(ConfirmationClosed.class);
        assertThatThrownBy(() -> match.confirm(UUID.randomUUID(), PAY, at(NOW))).isInstanceOf(MatchNotFound.class);
    }

    @Test
    void aDeclineCancelsAndOnlyTheDeclinersRequestIsClosed() {
        Match match = formed();
        match.confirm(ann.id(), PAY, at(NOW));

        Match.Cancellation cancellation = match.decline(bob.id(), at(NOW.plusSeconds(5)));

        assertThat(match.status()).isEqualTo(MatchStatus.CANCELLED);
        assertThat(cancellation.reservationId()).isEqualTo(court.reservationId());
        assertThat(cancellation.bookedFor()).isEqualTo(ann.id());
        assertThat(cancellation.closed()).containsExactly(bobAsks.requestId());
        assertThat(cancellation.reopened()).containsExactly(annAsks.requestId());
        assertThat(events(match)).last().isInstanceOfSatisfying(MatchCancelled.class, cancelled -> {
            assertThat(cancelled.reason()).isEqualTo("DECLINED");
            assertThat(cancelled.responsible()).containsExactly(bob.id());
        });
    }

    @Test
    void theDeadlineCancelsAndClosesTheRequestsOfThoseWhoDidNotConfirm() {
        Match match = formed();
        match.confirm(bob.id(), PAY, at(NOW));

        assertThatThrownBy(() -> match.timeOut(at(DEADLINE.minusSeconds(1)))).isInstanceOf(ConfirmationStillOpen.class);
        Match.Cancellation cancellation = match.timeOut(at(DEADLINE));

        assertThat(cancellation.closed()).containsExactly(annAsks.requestId());
        assertThat(cancellation.reopened()).containsExactly(bobAsks.requestId());
        assertThat(events(match)).last().isInstanceOfSatisfying(MatchCancelled.class,
                cancelled -> assertThat(cancelled.reason()).isEqualTo("TIMED_OUT"));
        assertThatThrownBy(() -> match.timeOut(at(DEADLINE))).isInstanceOf(NotAwaitingConfirmation.class);
    }

    @Test
    void aResultNeedsAConfirmedMatch() {
        Match match = formed();
        Score score = Score.parse("6-4 6-4");

        assertThatThrownBy(() -> match.report(ann.id(), score, at(NOW.plus(Duration.ofDays(2)))))
                .isInstanceOf(NotConfirmed.class);
    }

    @Test
    void aDeclinedShareUnconfirmsItsPlayerAndConfirmingAgainStartsAnotherAttempt() {
        Match match = formed();
        match.confirm(ann.id(), PAY, at(NOW));
        match.confirm(bob.id(), PAY, at(NOW));

        match.paymentFailed(List.of(bob.id()), "INSUFFICIENT_POINTS", at(NOW.plusSeconds(1)));

        assertThat(match.status()).isEqualTo(MatchStatus.FORMED);
        assertThat(match.confirmed()).containsExactly(ann.id());
        assertThat(events(match)).last().isInstanceOfSatisfying(MatchPaymentFailed.class,
                failed -> assertThat(failed.unpaid()).containsExactly(bob.id()));
        assertThat(match.confirm(bob.id(), PAY, at(NOW.plusSeconds(2)))).isTrue();
        assertThat(match.status()).isEqualTo(MatchStatus.PAYMENT_PENDING);
        assertThat(match.paymentAttempt()).isEqualTo(2);
        assertThat(events(match).stream().filter(MatchConfirmed.class::isInstance)).as("announced once").hasSize(1);
    }

    @Test
    void allSharesPaidBooksTheMatchAndAbandonedPaymentCancelsIt() {
        Match paid = formed();
        paid.confirm(ann.id(), PAY, at(NOW));
        paid.confirm(bob.id(), PAY, at(NOW));
        paid.paid(at(NOW.plusSeconds(1)));
        assertThat(paid.status()).isEqualTo(MatchStatus.PAID);
        assertThat(events(paid)).last().isInstanceOfSatisfying(MatchPaid.class,
                event -> assertThat(event.price()).isEqualTo(10_000));

        Match unpaid = formed();
        unpaid.confirm(ann.id(), PAY, at(NOW));
        unpaid.confirm(bob.id(), PAY, at(NOW));
        Match.Cancellation cancellation = unpaid.paymentAbandoned("UNPAID", List.of(bob.id()), at(NOW.plus(PAY)));
        assertThat(unpaid.status()).isEqualTo(MatchStatus.CANCELLED);
        assertThat(cancellation.closed()).containsExactly(bobAsks.requestId());
        assertThat(cancellation.reopened()).containsExactly(annAsks.requestId());
        assertThatThrownBy(() -> unpaid.paid(at(NOW))).isInstanceOf(NotPaying.class);
    }

    private Match formed() {
        Proposal proposal = new Proposal(GameType.SINGLES, annAsks.clubs().getFirst(),
                new Window(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(1))),
                List.of(annAsks, bobAsks), List.of(ann), List.of(bob));
        return Match.form(UUID.randomUUID(), proposal, court, DEADLINE, at(NOW));
    }

    private static Candidate candidate(Candidate.Player player) {
        return new Candidate(UUID.randomUUID(), GameType.SINGLES, List.of(player), 1.0, 7.0,
                List.of(new Window(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)))),
                List.of(CLUB), NOW);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> events(Match match) {
        return List.copyOf((java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(match, "domainEvents"));
    }
}
