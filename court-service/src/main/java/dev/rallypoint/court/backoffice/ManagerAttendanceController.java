package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.NotClubManager;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The desk of a club: check members in, set the club's attendance rule, look up a member's record. */
@RestController
class ManagerAttendanceController {

    private final Attendance attendance;

    private final AttendanceRules rules;

    private final Clubs clubs;

    ManagerAttendanceController(Attendance attendance, AttendanceRules rules, Clubs clubs) {
        this.attendance = attendance;
        this.rules = rules;
        this.clubs = clubs;
    }

    @PostMapping("/api/v1/manager/reservations/{reservationId}/check-in")
    CheckInView checkIn(Caller caller, @PathVariable UUID reservationId) {
        return attendance.checkInAtDesk(caller, reservationId);
    }

    @PostMapping("/api/v1/manager/clubs/{clubId}/check-ins")
    CheckInView checkInByCode(Caller caller, @PathVariable UUID clubId, @Valid @RequestBody CodeRequest request) {
        return attendance.checkInByCode(caller, clubId, request.code());
    }

    @GetMapping("/api/v1/manager/clubs/{clubId}/attendance-rule")
    AttendanceRuleBody rule(Caller caller, @PathVariable UUID clubId) {
        requireManager(caller, clubId);
        return AttendanceRuleBody.of(rules.of(clubId));
    }

    @PutMapping("/api/v1/manager/clubs/{clubId}/attendance-rule")
    AttendanceRuleBody setRule(Caller caller, @PathVariable UUID clubId, @Valid @RequestBody AttendanceRuleBody request) {
        requireManager(caller, clubId);
        AttendanceRule rule = request.toRule();
        rules.save(clubId, rule);
        return AttendanceRuleBody.of(rule);
    }

    @GetMapping("/api/v1/manager/clubs/{clubId}/members/{memberId}/reliability")
    ReliabilityView reliability(Caller caller, @PathVariable UUID clubId, @PathVariable UUID memberId) {
        requireManager(caller, clubId);
        return ReliabilityView.of(attendance.reliability(memberId, clubId));
    }

    private void requireManager(Caller caller, UUID clubId) {
        if (!clubs.manages(caller, clubId)) {
            throw new NotClubManager(clubId);
        }
    }

    record CodeRequest(@NotNull @Pattern(regexp = "\\d{6}") String code) {
    }
}
