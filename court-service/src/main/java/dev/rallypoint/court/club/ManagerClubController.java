package dev.rallypoint.court.club;

import dev.rallypoint.court.Paged;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Where managers run their own clubs (admins: any club). */
@RestController
@RequestMapping("/api/v1/manager/clubs")
class ManagerClubController {

    private final ClubManagement management;

    ManagerClubController(ClubManagement management) {
        this.management = management;
    }

    @GetMapping
    Paged<ManagedClubView> clubs(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Paged.of(management.managedBy(caller, PageRequest.of(page, size, Sort.by("name"))), ManagedClubView::from);
    }

    @GetMapping("/{clubId}")
    ManagedClubView club(Caller caller, @PathVariable UUID clubId) {
        return ManagedClubView.from(management.managed(caller, clubId));
    }

    @PutMapping("/{clubId}")
    ManagedClubView describe(Caller caller, @PathVariable UUID clubId, @Valid @RequestBody ClubRequests.DescribeClub request) {
        return ManagedClubView.from(management.describe(caller, clubId, request.profile()));
    }

    @PutMapping("/{clubId}/schedule")
    ManagedClubView reschedule(Caller caller, @PathVariable UUID clubId, @Valid @RequestBody ClubRequests.Reschedule request) {
        return ManagedClubView.from(management.reschedule(caller, clubId, request.slotMinutes(), request.openingHours()));
    }

    @PutMapping("/{clubId}/booking-rules")
    ManagedClubView changeBookingRules(Caller caller, @PathVariable UUID clubId,
            @Valid @RequestBody ClubRequests.ChangeBookingRules request) {
        return ManagedClubView.from(management.changeBookingRules(caller, clubId, request.rules()));
    }

    @PutMapping("/{clubId}/price-rules")
    ManagedClubView changePriceRules(Caller caller, @PathVariable UUID clubId,
            @Valid @RequestBody ClubRequests.ChangePriceRules request) {
        return ManagedClubView.from(management.changePriceRules(caller, clubId, request.priceRules()));
    }

    @GetMapping("/{clubId}/courts")
    List<CourtView> courts(Caller caller, @PathVariable UUID clubId) {
        management.managed(caller, clubId);
        return management.courtsOf(clubId).stream().map(CourtView::from).toList();
    }

    @PostMapping("/{clubId}/courts")
    ResponseEntity<CourtView> addCourt(Caller caller, @PathVariable UUID clubId,
            @Valid @RequestBody ClubRequests.SpecifyCourt request) {
        Court court = management.addCourt(caller, clubId, request.spec());
        return ResponseEntity.created(URI.create("/api/v1/courts/" + court.id())).body(CourtView.from(court));
    }

    @PutMapping("/{clubId}/courts/{courtId}")
    CourtView specifyCourt(Caller caller, @PathVariable UUID clubId, @PathVariable UUID courtId,
            @Valid @RequestBody ClubRequests.SpecifyCourt request) {
        return CourtView.from(management.specifyCourt(caller, clubId, courtId, request.spec()));
    }

    @DeleteMapping("/{clubId}/courts/{courtId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retireCourt(Caller caller, @PathVariable UUID clubId, @PathVariable UUID courtId) {
        management.retireCourt(caller, clubId, courtId);
    }

    @GetMapping("/{clubId}/blocks")
    List<BlockView> blocks(Caller caller, @PathVariable UUID clubId, @RequestParam Instant from, @RequestParam Instant to) {
        return management.blocks(caller, clubId, new TimeRange(from, to)).stream().map(BlockView::from).toList();
    }

    @PostMapping("/{clubId}/blocks")
    @ResponseStatus(HttpStatus.CREATED)
    BlockView block(Caller caller, @PathVariable UUID clubId, @Valid @RequestBody ClubRequests.BlockCourt request) {
        return BlockView.from(management.block(caller, clubId, request.courtId(), request.range(), request.reason(),
                request.note()));
    }

    @DeleteMapping("/{clubId}/blocks/{blockId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unblock(Caller caller, @PathVariable UUID clubId, @PathVariable UUID blockId) {
        management.unblock(caller, clubId, blockId);
    }
}
