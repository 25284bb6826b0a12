package dev.rallypoint.user.account;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's court manager application, and the admins' decisions on them. */
@RestController
class CourtManagerApplicationController {

    private final CourtManagerApplications applications;

    CourtManagerApplicationController(CourtManagerApplications applications) {
        this.applications = applications;
    }

    @PostMapping("/api/v1/users/me/court-manager-application")
    ResponseEntity<ApplicationView> apply(Caller caller, @Valid @RequestBody Submission submission) {
        CourtManagerApplication application = applications.submit(caller.userId(), submission.clubName().strip(),
                submission.businessNumber(), submission.message());
        return ResponseEntity.created(URI.create("/api/v1/users/me/court-manager-application"))
                .body(ApplicationView.from(application));
    }

    @GetMapping("/api/v1/users/me/court-manager-application")
    ApplicationView mine(Caller caller) {
        return ApplicationView.from(applications.latest(caller.userId()));
    }

    @GetMapping("/api/v1/admin/court-manager-applications")
    PageView<ApplicationView> list(@RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageView.of(applications.list(status, PageRequest.of(page, size, Sort.by("submittedAt"))),
                ApplicationView::from);
    }

    @PostMapping("/api/v1/admin/court-manager-applications/{id}/approval")
    ApplicationView approve(Caller caller, @PathVariable UUID id) {
        return ApplicationView.from(applications.approve(caller.userId(), id));
    }

    @PostMapping("/api/v1/admin/court-manager-applications/{id}/rejection")
    ApplicationView reject(Caller caller, @PathVariable UUID id, @Valid @RequestBody Rejection rejection) {
        return ApplicationView.from(applications.reject(caller.userId(), id, rejection.reason().strip()));
    }

    /** @param businessNumber the club's business registration number, digits and dashes */
    record Submission(@NotBlank @Size(max = 100) String clubName,
            @NotBlank @Pattern(regexp = "^[0-9][0-9-]{4,18}[0-9]$") String businessNumber,
            @Size(max = 1000) String message) {
    }

    record Rejection(@NotBlank @Size(max = 500) String reason) {
    }

    record ApplicationView(UUID id, UUID userId, String clubName, String businessNumber, String message,
            ApplicationStatus status, String decisionReason, Instant submittedAt, Instant decidedAt) {

        static ApplicationView from(CourtManagerApplication application) {
            return new ApplicationView(application.id(), application.accountId(), application.clubName(),
                    application.businessNumber(), application.message(), application.status(),
                    application.decisionReason(), application.submittedAt(), application.decidedAt());
        }
    }
}
