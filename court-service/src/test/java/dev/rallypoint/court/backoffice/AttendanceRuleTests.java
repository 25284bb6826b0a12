package dev.rallypoint.court.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The club's no-show policy and suspension threshold, without Spring. */
class AttendanceRuleTests {

    static final Instant NOW = Instant.parse("2026-11-24T10:15:00Z");

    static AttendanceRule rule(NoShowPolicy policy, int suspendAfter) {
        return new AttendanceRule(true, Duration.ofMinutes(30), Duration.ofMinutes(15), policy, suspendAfter,
                Duration.ofDays(30), Duration.ofDays(14));
    }

    @Test
    void noRefundKeepsThePrice() {
        assertThat(new NoShowPolicy.NoRefund().kept(10_000)).isEqualTo(10_000);
    }

    @Test
    void aPartialRefundKeepsWhatIsNotRefundedRoundingTheRefundDown() {
        assertThat(new NoShowPolicy.PartialRefund(50).kept(10_000)).isEqualTo(5_000);
        assertThat(new NoShowPolicy.PartialRefund(33).kept(101)).isEqualTo(101 - 33);
        assertThat(new NoShowPolicy.PartialRefund(100).kept(10_000)).isZero();
    }

    @Test
    void aDepositIsKeptButNeverMoreThanThePrice() {
        assertThat(new NoShowPolicy.DepositKept(2_000).kept(10_000)).isEqualTo(2_000);
        assertThat(new NoShowPolicy.DepositKept(20_000).kept(10_000)).isEqualTo(10_000);
    }

    @Test
    void thePolicyIsStoredByItsKind() {
        assertThat(NoShowPolicy.of("PARTIAL_REFUND", 40, 0)).isEqualTo(new NoShowPolicy.PartialRefund(40));
        assertThat(NoShowPolicy.of("DEPOSIT_KEPT", 0, 500)).isEqualTo(new NoShowPolicy.DepositKept(500));
        assertThat(new NoShowPolicy.DepositKept(500).kind()).isEqualTo("DEPOSIT_KEPT");
        assertThatThrownBy(() -> NoShowPolicy.of("SOMETHING", 0, 0)).isInstanceOf(InvalidAttendanceRule.class);
    }

    @Test
    void refusesRulesOutOfRange() {
        assertThatThrownBy(() -> new NoShowPolicy.PartialRefund(101)).isInstanceOf(InvalidAttendanceRule.class);
        assertThatThrownBy(() -> new NoShowPolicy.DepositKept(-1)).isInstanceOf(InvalidAttendanceRule.class);
        assertThatThrownBy(() -> rule(new NoShowPolicy.NoRefund(), 0)).isInstanceOf(InvalidAttendanceRule.class);
        assertThatThrownBy(() -> new AttendanceRule(true, Duration.ofMinutes(30), Duration.ZERO, new NoShowPolicy.NoRefund(),
                3, Duration.ofDays(30), Duration.ofDays(14))).isInstanceOf(InvalidAttendanceRule.class);
    }

    @Test
    void suspendsFromTheThresholdOnForTheSuspensionPeriod() {
        AttendanceRule rule = rule(new NoShowPolicy.NoRefund(), 3);

        assertThat(rule.suspendedUntil(2, NOW)).isNull();
        assertThat(rule.suspendedUntil(3, NOW)).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(AttendanceRule.DEFAULT.suspendedUntil(100, NOW)).as("a disabled rule never suspends").isNull();
    }

    @Test
    void aReservationBecomesANoShowWhenCheckInCloses() {
        Instant start = Instant.parse("2026-11-24T10:00:00Z");

        assertThat(rule(new NoShowPolicy.NoRefund(), 3).noShowAt(start)).isEqualTo(start.plus(Duration.ofMinutes(15)));
    }
}
