package dev.rallypoint.court.backoffice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/** A club's attendance rule as managers read and write it (minutes and days). */
record AttendanceRuleBody(
        @NotNull Boolean enabled,
        @NotNull Integer checkInOpensMinutes,
        @NotNull Integer checkInClosesMinutes,
        @NotNull @Pattern(regexp = "NO_REFUND|PARTIAL_REFUND|DEPOSIT_KEPT") String noShowPolicy,
        Integer refundPercent,
        Long deposit,
        @NotNull Integer suspendAfterNoShows,
        @NotNull Integer windowDays,
        @NotNull Integer suspensionDays) {

    static AttendanceRuleBody of(AttendanceRule rule) {
        NoShowPolicy policy = rule.noShowPolicy();
        return new AttendanceRuleBody(rule.enabled(), (int) rule.checkInOpens().toMinutes(),
                (int) rule.checkInCloses().toMinutes(), policy.kind(),
                policy instanceof NoShowPolicy.PartialRefund p ? p.refundPercent() : null,
                policy instanceof NoShowPolicy.DepositKept d ? d.points() : null, rule.suspendAfter(),
                (int) rule.window().toDays(), (int) rule.suspension().toDays());
    }

    AttendanceRule toRule() {
        if ("PARTIAL_REFUND".equals(noShowPolicy) && refundPercent == null) {
            throw new InvalidAttendanceRule("refund-percent");
        }
        if ("DEPOSIT_KEPT".equals(noShowPolicy) && deposit == null) {
            throw new InvalidAttendanceRule("deposit");
        }
        NoShowPolicy policy = NoShowPolicy.of(noShowPolicy, refundPercent == null ? 0 : refundPercent,
                deposit == null ? 0 : deposit);
        return new AttendanceRule(enabled, Duration.ofMinutes(checkInOpensMinutes), Duration.ofMinutes(checkInClosesMinutes),
                policy, suspendAfterNoShows, Duration.ofDays(windowDays), Duration.ofDays(suspensionDays));
    }
}
