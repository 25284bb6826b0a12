package dev.rallypoint.court.club;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins onboard clubs and decide who manages them; everything else about a club is done under
 * {@code /api/v1/manager/clubs}, where admins may act on any club.
 */
@RestController
@RequestMapping("/api/v1/admin/clubs")
class AdminClubController {

    private final ClubManagement management;

    AdminClubController(ClubManagement management) {
        this.management = management;
    }

    @PostMapping
    ResponseEntity<ManagedClubView> open(Caller caller, @Valid @RequestBody ClubRequests.OpenClub request) {
        Club club = management.open(request.profile(), request.managers(), caller);
        return ResponseEntity.created(URI.create("/api/v1/clubs/" + club.id())).body(ManagedClubView.from(club));
    }

    @PutMapping("/{clubId}/managers/{userId}")
    ManagedClubView assignManager(@PathVariable UUID clubId, @PathVariable UUID userId) {
        return ManagedClubView.from(management.assignManager(clubId, userId));
    }

    @DeleteMapping("/{clubId}/managers/{userId}")
    ManagedClubView dismissManager(@PathVariable UUID clubId, @PathVariable UUID userId) {
        return ManagedClubView.from(management.dismissManager(clubId, userId));
    }
}
