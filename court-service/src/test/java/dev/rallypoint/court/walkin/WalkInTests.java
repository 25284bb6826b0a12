package dev.rallypoint.court.walkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The walk-in state machine without Spring: every allowed move, every other one refused. */
class WalkInTests {

    static final Duration ANSWER = Duration.ofMinutes(10);

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    /** Every action, applied at a clock past any answer deadline (for the time-out). */
    static final Map<String, BiConsumer<WalkIn, Clock>> ACTIONS = Map.of(
            "call-first", (walkIn, clock) -> walkIn.callFirst(ANSWER, clock),
            "call-final", (walkIn, clock) -> walkIn.callFinal(ANSWER, clock),
            "answer", (walkIn, clock) -> walkIn.answer(5, clock),
            "arrive", WalkIn::arrive,
            "enter", WalkIn::enter,
            "cancel", WalkIn::cancelByParty,
            "owner-cancel", WalkIn::cancelByDesk,
            "time-out", (walkIn, clock) -> walkIn.answerTimeRanOut(Clock.offset(clock, ANSWER)));

    /** Which actions each state allows, as the seed's state machine says. */
    static final Map<WalkInStatus, Set<String>> ALLOWED = Map.of(
            WalkInStatus.WAITING, Set.of("call-first", "cancel", "owner-cancel"),
            WalkInStatus.FIRST_CALLED, Set.of("call-final", "answer", "arrive", "cancel", "owner-cancel", "time-out"),
            WalkInStatus.FINAL_CALLED, Set.of("answer", "arrive", "cancel", "owner-cancel", "time-out"),
            WalkInStatus.COMING, Set.of("arrive", "cancel", "owner-cancel"),
            WalkInStatus.ARRIVED, Set.of("enter", "cancel", "owner-cancel"));

    @Test
    void aPartyGoesFromTheQueueToTheCourt() {
        WalkIn walkIn = waiting();
        walkIn.callFirst(ANSWER, clock);
        assertThat(walkIn.answerDue()).isEqualTo(T0.plus(ANSWER));
        walkIn.callFinal(ANSWER, clock);
        walkIn.answer(15, clock);
        assertThat(walkIn.status()).isEqualTo(WalkInStatus.COMING);
        assertThat(walkIn.expectedArrival()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(walkIn.answerDue()).isNull();
        walkIn.arrive(clock);
        walkIn.enter(clock);
        assertThat(walkIn.status()).isEqualTo(WalkInStatus.ENTERED);
    }

    @Test
    void anUnansweredFirstCallEndsItAndAnUnansweredFinalCallIsANoShow() {
        WalkIn first = waiting();
        first.callFirst(ANSWER, clock);
        assertThat(first.answerTimeRanOut(Clock.offset(clock, ANSWER))).isFalse();
        assertThat(first.status()).isEqualTo(WalkInStatus.NO_ANSWER);

        WalkIn last = waiting();
        last.callFirst(ANSWER, clock);
        last.callFinal(ANSWER, clock);
        assertThat(last.answerTimeRanOut(Clock.offset(clock, ANSWER))).isTrue();
        assertThat(last.status()).isEqualTo(WalkInStatus.NO_ANSWER2);
    }

    @Test
    void theAnswerTimeHasNotRunOutBeforeItsDeadline() {
        WalkIn walkIn = waiting();
        walkIn.callFirst(ANSWER, clock);
        assertThatThrownBy(() -> walkIn.answerTimeRanOut(Clock.offset(clock, ANSWER.minusSeconds(1))))
                .isInstanceOf(IllegalWalkInTransition.class);
        assertThat(walkIn.status()).isEqualTo(WalkInStatus.FIRST_CALLED);
    }

    @Test
    void aTravelTimeIsAtMostFifteenMinutes() {
        WalkIn walkIn = waiting();
        walkIn.callFirst(ANSWER, clock);
        assertThatThrownBy(() -> walkIn.answer(16, clock)).isInstanceOf(TravelTooLong.class);
        assertThatThrownBy(() -> walkIn.answer(-1, clock)).isInstanceOf(TravelTooLong.class);
        assertThat(walkIn.status()).isEqualTo(WalkInStatus.FIRST_CALLED);
    }

    @ParameterizedTest
    @EnumSource(WalkInStatus.class)
    void everyStateAllowsExactlyItsMovesAndRefusesTheOthers(WalkInStatus state) {
        Set<String> allowed = ALLOWED.getOrDefault(state, Set.of());
        ACTIONS.forEach((action, apply) -> {
            WalkIn walkIn = in(state);
            if (allowed.contains(action)) {
                apply.accept(walkIn, clock);
                assertThat(walkIn.status()).as(state + " " + action).isNotEqualTo(state);
            }
            else {
                assertThatThrownBy(() -> apply.accept(walkIn, clock)).as(state + " " + action)
                        .isInstanceOf(IllegalWalkInTransition.class);
                assertThat(walkIn.status()).isEqualTo(state);
            }
        });
    }

    @Test
    void theEndedStatesAreExactlyTheInactiveOnes() {
        assertThat(EnumSet.complementOf(EnumSet.copyOf(WalkInStatus.ACTIVE))).containsExactlyInAnyOrder(
                WalkInStatus.ENTERED, WalkInStatus.NO_ANSWER, WalkInStatus.NO_ANSWER2, WalkInStatus.OWNER_CANCEL,
                WalkInStatus.CANCEL);
    }

    private WalkIn waiting() {
        return WalkIn.register(UUID.randomUUID(), LocalDate.of(2026, 12, 3), 1, UUID.randomUUID(), null, 2, clock);
    }

    /** An entry brought into a state through allowed moves. */
    private WalkIn in(WalkInStatus state) {
        WalkIn walkIn = waiting();
        Clock late = Clock.offset(clock, ANSWER);
        switch (state) {
            case WAITING -> {
            }
            case FIRST_CALLED -> walkIn.callFirst(ANSWER, clock);
            case FINAL_CALLED -> {
                walkIn.callFirst(ANSWER, clock);
                walkIn.callFinal(ANSWER, clock);
            }
            case COMING -> {
                walkIn.callFirst(ANSWER, clock);
                walkIn.answer(5, clock);
            }
            case ARRIVED -> {
                walkIn.callFirst(ANSWER, clock);
                walkIn.arrive(clock);
            }
            case ENTERED -> {
                walkIn.callFirst(ANSWER, clock);
                walkIn.arrive(clock);
                walkIn.enter(clock);
            }
            case NO_ANSWER -> {
                walkIn.callFirst(ANSWER, clock);
                walkIn.answerTimeRanOut(late);
            }
            case NO_ANSWER2 -> {
                walkIn.callFirst(ANSWER, clock);
                walkIn.callFinal(ANSWER, clock);
                walkIn.answerTimeRanOut(late);
            }
            case OWNER_CANCEL -> walkIn.cancelByDesk(clock);
            case CANCEL -> walkIn.cancelByParty(clock);
        }
        assertThat(walkIn.status()).isEqualTo(state);
        return walkIn;
    }
}
