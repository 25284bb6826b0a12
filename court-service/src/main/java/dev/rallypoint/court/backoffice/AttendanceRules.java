package dev.rallypoint.court.backoffice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The clubs' attendance rules, one row per club that set its own. */
@Component
class AttendanceRules {

    private final JdbcClient jdbc;

    private final Clock clock;

    AttendanceRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    AttendanceRule of(UUID clubId) {
        return jdbc.sql("select * from attendance_rule where club_id = ?")
                .param(clubId)
                .query(AttendanceRules::map)
                .optional()
                .orElse(AttendanceRule.DEFAULT);
    }

    void save(UUID clubId, AttendanceRule rule) {
        NoShowPolicy policy = rule.noShowPolicy();
        jdbc.sql("""
                insert into attendance_rule (club_id, enabled, check_in_opens_minutes, check_in_closes_minutes,
                    no_show_policy, refund_percent, deposit, suspend_after, window_days, suspension_days, updated_at)
                values (:club, :enabled, :opens, :closes, :policy, :percent, :deposit, :after, :window, :suspension, :now)
                on conflict (club_id) do update set enabled = excluded.enabled,
                    check_in_opens_minutes = excluded.check_in_opens_minutes,
                    check_in_closes_minutes = excluded.check_in_closes_minutes, no_show_policy = excluded.no_show_policy,
                    refund_percent = excluded.refund_percent, deposit = excluded.deposit,
                    suspend_after = excluded.suspend_after, window_days = excluded.window_days,
                    suspension_days = excluded.suspension_days, updated_at = excluded.updated_at""")
                .param("club", clubId)
                .param("enabled", rule.enabled())
                .param("opens", (int) rule.checkInOpens().toMinutes())
                .param("closes", (int) rule.checkInCloses().toMinutes())
                .param("policy", policy.kind())
                .param("percent", policy instanceof NoShowPolicy.PartialRefund p ? p.refundPercent() : 0)
                .param("deposit", policy instanceof NoShowPolicy.DepositKept d ? d.points() : 0L)
                .param("after", rule.suspendAfter())
                .param("window", (int) rule.window().toDays())
                .param("suspension", (int) rule.suspension().toDays())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private static AttendanceRule map(ResultSet row, int number) throws SQLException {
        return new AttendanceRule(row.getBoolean("enabled"), Duration.ofMinutes(row.getInt("check_in_opens_minutes")),
                Duration.ofMinutes(row.getInt("check_in_closes_minutes")),
                NoShowPolicy.of(row.getString("no_show_policy"), row.getInt("refund_percent"), row.getLong("deposit")),
                row.getInt("suspend_after"), Duration.ofDays(row.getInt("window_days")),
                Duration.ofDays(row.getInt("suspension_days")));
    }
}
