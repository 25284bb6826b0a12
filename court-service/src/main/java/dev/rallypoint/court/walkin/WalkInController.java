package dev.rallypoint.court.walkin;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A club's walk-in queue: parties register, poll their place, answer calls, arrive and cancel; the
 * club's desk (its managers, or an admin) lists the day's queue, calls, lets parties in and keeps the
 * no-show list.
 */
@RestController
@RequestMapping("/api/v1/clubs/{clubId}/walk-ins")
class WalkInController {

    private final WalkIns walkIns;

    WalkInController(WalkIns walkIns) {
        this.walkIns = walkIns;
    }

    @PostMapping
    ResponseEntity<WalkInView> register(Caller caller, @PathVariable UUID clubId,
            @Valid @RequestBody Registration registration) {
        WalkInView view = walkIns.register(caller, clubId, registration);
        return ResponseEntity.created(URI.create("/api/v1/clubs/" + clubId + "/walk-ins/" + view.id())).body(view);
    }

    @GetMapping
    List<WalkInView> today(Caller caller, @PathVariable UUID clubId) {
        return walkIns.today(caller, clubId);
    }

    @GetMapping("/{walkInId}")
    WalkInView one(Caller caller, @PathVariable UUID clubId, @PathVariable UUID walkInId) {
        return walkIns.find(caller, clubId, walkInId);
    }

    @PostMapping("/{walkInId}/first-call")
    WalkInView callFirst(Caller caller, @PathVariable UUID clubId, @PathVariable UUID walkInId) {
        return walkIns.callFirst(caller, clubId, walkInId);
    }

    @PostMapping("/{walkInId}/final-call")
    WalkInView callFinal(Caller caller, @PathVariable UUID clubId, @PathVariable UUID walkInId) {
        return walkIns.callFinal(caller, clubId, walkInId);
    }

    @PostMapping("/{walkInId}/answer")
    WalkInView answer(Caller caller, @PathVariable UUID clubId, @PathVariable UUID walkInId,
            @Valid @RequestBody Answer answer) {
        return walkIns.answer(caller, clubId, walkInId, answer.travelMinutes());
    }

    @PostMapping("/{walkInId}/arrival")
    WalkInView arrive(Caller caller, @PathVariable UUID clubId, @PathVariable UUID walkInId) {
        return walkIns.arrive(caller, clubId, walkInId);
    }

    @PostMapping("/{walkInId}/entry")
    WalkInView enter(Caller caller, @PathVariable UUID clubId, @PathVariable UUID walkInId) {
        return walkIns.enter(caller, clubId, walkInId);
    }

    @PostMapping("/{walkInId}/cancellation")
    WalkInView cancel(Caller caller, @PathVariable UUID clubId, @PathVariable UUID walkInId) {
        return walkIns.cancel(caller, clubId, walkInId);
    }

    @GetMapping("/no-shows")
    List<NoShowView> noShows(Caller caller, @PathVariable UUID clubId) {
        return walkIns.noShows(caller, clubId);
    }

    @DeleteMapping("/no-shows/{noShowId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forgive(Caller caller, @PathVariable UUID clubId, @PathVariable UUID noShowId) {
        walkIns.forgive(caller, clubId, noShowId);
    }

    @DeleteMapping("/no-shows")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forgiveAll(Caller caller, @PathVariable UUID clubId) {
        walkIns.forgiveAll(caller, clubId);
    }
}
