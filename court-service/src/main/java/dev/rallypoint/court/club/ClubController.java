package dev.rallypoint.court.club;

import dev.rallypoint.court.Paged;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clubs and courts as anyone, signed in or not, may browse them. */
@RestController
class ClubController {

    private final ClubManagement management;

    ClubController(ClubManagement management) {
        this.management = management;
    }

    @GetMapping("/api/v1/clubs")
    Paged<ClubView> clubs(@RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Paged.of(management.list(region, PageRequest.of(page, size, Sort.by("name"))), ClubView::from);
    }

    @GetMapping("/api/v1/clubs/{clubId}")
    ClubView club(@PathVariable UUID clubId) {
        return ClubView.from(management.find(clubId));
    }

    @GetMapping("/api/v1/clubs/{clubId}/courts")
    List<CourtView> courts(@PathVariable UUID clubId) {
        return management.courtsOf(clubId).stream().filter(Court::isActive).map(CourtView::from).toList();
    }

    @GetMapping("/api/v1/courts/{courtId}")
    CourtView court(@PathVariable UUID courtId) {
        return CourtView.from(management.court(courtId));
    }
}
