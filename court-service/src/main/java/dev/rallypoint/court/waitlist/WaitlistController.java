package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's own waitlist entries: join, look, leave, decline an offer. */
@RestController
@RequestMapping("/api/v1/waitlist")
class WaitlistController {

    private final Waitlist waitlist;

    private final WaitlistEntryRepository entries;

    WaitlistController(Waitlist waitlist, WaitlistEntryRepository entries) {
        this.waitlist = waitlist;
        this.entries = entries;
    }

    @PostMapping
    ResponseEntity<WaitlistView> join(Caller caller, @Valid @RequestBody WaitlistRequest request) {
        WaitlistView view = WaitlistView.from(waitlist.join(caller, request));
        return ResponseEntity.created(URI.create("/api/v1/waitlist/" + view.id())).body(view);
    }

    @GetMapping
    Paged<WaitlistView> mine(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Paged.of(entries.findByMemberId(caller.userId(),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))), WaitlistView::from);
    }

    @GetMapping("/{entryId}")
    WaitlistView one(Caller caller, @PathVariable UUID entryId) {
        return WaitlistView.from(waitlist.mine(caller, entryId));
    }

    @DeleteMapping("/{entryId}")
    WaitlistView cancel(Caller caller, @PathVariable UUID entryId) {
        return WaitlistView.from(waitlist.cancel(caller, entryId));
    }

    @PostMapping("/{entryId}/decline")
    WaitlistView decline(Caller caller, @PathVariable UUID entryId) {
        return WaitlistView.from(waitlist.decline(caller, entryId));
    }
}
