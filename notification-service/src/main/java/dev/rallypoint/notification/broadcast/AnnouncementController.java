package dev.rallypoint.notification.broadcast;

import dev.rallypoint.common.identity.Role;
import dev.rallypoint.notification.NotificationException;
import dev.rallypoint.notification.preference.Category;
import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins announce something to every member, or to the members with a role. */
@RestController
@RequestMapping("/api/v1/admin/notifications/announcements")
@Tag(name = "Announcements")
class AnnouncementController {

    private final Broadcasts broadcasts;

    AnnouncementController(Broadcasts broadcasts) {
        this.broadcasts = broadcasts;
    }

    @PostMapping
    @Operation(summary = "Announces to every member or to a role; written to inboxes in batches (202)")
    ResponseEntity<AnnouncementView> announce(Caller caller, @Valid @RequestBody AnnouncementRequest request) {
        UUID id = UUID.randomUUID();
        Audience audience = request.role() == null ? new Audience.Everyone() : new Audience.WithRole(request.role());
        UUID broadcast = broadcasts.start("announcement/" + id, audience, Category.ANNOUNCEMENT, "announcement",
                List.of(request.title().strip(), request.body().strip()), null, caller.userId());
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/notifications/announcements/" + broadcast))
                .body(new AnnouncementView(broadcast, 0, null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "How far an announcement got")
    AnnouncementView progress(@PathVariable UUID id) {
        return broadcasts.progress(id).map(progress -> new AnnouncementView(id, progress.delivered(), progress.completedAt()))
                .orElseThrow(() -> new AnnouncementNotFound(id));
    }

    /**
     * @param role only the members with this role ({@code MEMBER}, {@code COURT_MANAGER}, {@code ADMIN}); {@code null}: everyone
     */
    record AnnouncementRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String body,
            Role role) {

        @AssertTrue(message = "must be a user role")
        boolean isUserRole() {
            return role != Role.SERVICE;
        }
    }

    /**
     * @param delivered notifications written so far
     * @param completedAt when every member of the audience had it; {@code null} while it runs
     */
    record AnnouncementView(UUID id, int delivered, Instant completedAt) {
    }

    static class AnnouncementNotFound extends NotificationException {

        AnnouncementNotFound(UUID id) {
            super(Kind.NOT_FOUND, "announcement-not-found", id);
        }
    }
}
