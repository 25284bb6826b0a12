package dev.rallypoint.court.backoffice;

import dev.rallypoint.support.security.Caller;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members check in for their reservations, get the code to show at the desk, and see their record. */
@RestController
class CheckInController {

    private final Attendance attendance;

    CheckInController(Attendance attendance) {
        this.attendance = attendance;
    }

    @PostMapping("/api/v1/reservations/{reservationId}/check-in")
    CheckInView checkIn(Caller caller, @PathVariable UUID reservationId) {
        return attendance.checkIn(caller, reservationId);
    }

    @GetMapping("/api/v1/reservations/{reservationId}/check-in-code")
    CheckInCodeView code(Caller caller, @PathVariable UUID reservationId) {
        return attendance.codeFor(caller, reservationId);
    }

    @GetMapping("/api/v1/reliability")
    ReliabilityView mine(Caller caller) {
        return ReliabilityView.of(attendance.reliability(caller.userId(), null));
    }
}
