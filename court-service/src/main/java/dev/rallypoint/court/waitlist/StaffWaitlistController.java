package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The waitlist as staff see it: a manager their club's, an admin any club's or all. Oldest first, as served. */
@RestController
class StaffWaitlistController {

    private final Waitlist waitlist;

    private final WaitlistEntryRepository entries;

    StaffWaitlistController(Waitlist waitlist, WaitlistEntryRepository entries) {
        this.waitlist = waitlist;
        this.entries = entries;
    }

    @GetMapping("/api/v1/manager/clubs/{clubId}/waitlist")
    Paged<WaitlistView> ofClub(Caller caller, @PathVariable UUID clubId,
            @RequestParam(required = false) WaitlistStatus status, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        waitlist.requireManager(caller, clubId);
        Pageable pageable = fifo(page, size);
        Page<WaitlistEntry> found = status == null ? entries.findByClubId(clubId, pageable)
                : entries.findByClubIdAndStatus(clubId, status, pageable);
        return Paged.of(found, WaitlistView::from);
    }

    @GetMapping("/api/v1/admin/waitlist")
    Paged<WaitlistView> all(@RequestParam(required = false) UUID clubId,
            @RequestParam(required = false) WaitlistStatus status, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Pageable pageable = fifo(page, size);
        Page<WaitlistEntry> found;
        if (clubId != null) {
            found = status == null ? entries.findByClubId(clubId, pageable)
                    : entries.findByClubIdAndStatus(clubId, status, pageable);
        }
        else {
            found = status == null ? entries.findAll(pageable) : entries.findByStatus(status, pageable);
        }
        return Paged.of(found, WaitlistView::from);
    }

    private static Pageable fifo(int page, int size) {
        return PageRequest.of(page, size, Sort.by("createdAt", "id"));
    }
}
