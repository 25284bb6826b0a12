package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.player.PlayerLevels;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open matches: published by the holder of a court (or its club's manager), visible to and joinable by members. */
@RestController
@Validated
@RequestMapping("/api/v1/open-matches")
class OpenMatchController {

    private final OpenMatches openMatches;

    private final PlayerLevels levels;

    OpenMatchController(OpenMatches openMatches, PlayerLevels levels) {
        this.openMatches = openMatches;
        this.levels = levels;
    }

    @PostMapping
    ResponseEntity<OpenMatchView> publish(Caller caller, @Valid @RequestBody OpenMatchBody body) {
        OpenMatchView view = OpenMatchView.from(openMatches.publish(caller, body));
        return ResponseEntity.created(URI.create("/api/v1/open-matches/" + view.id())).body(view);
    }

    @GetMapping
    OpenMatchPage open(Caller caller, @RequestParam(required = false) UUID clubId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        caller.userId(); // a service token is no member: 403
        return OpenMatchPage.of(openMatches.open(clubId, page, size));
    }

    @GetMapping("/{id}")
    OpenMatchView one(Caller caller, @PathVariable UUID id) {
        caller.userId();
        return OpenMatchView.from(openMatches.one(id));
    }

    /** The caller takes a place, if their profile's level is in the range. */
    @PostMapping("/{id}/players")
    OpenMatchView join(Caller caller, @PathVariable UUID id) {
        caller.userId();
        return OpenMatchView.from(openMatches.join(caller, id, levels.callersLevel()));
    }

    /** The caller gives their place back, before the match's {@code leaveBy}. */
    @DeleteMapping("/{id}/players/me")
    OpenMatchView leave(Caller caller, @PathVariable UUID id) {
        return OpenMatchView.from(openMatches.leave(caller, id));
    }

    /** The publisher calls it off. */
    @PostMapping("/{id}/cancellation")
    OpenMatchView cancel(Caller caller, @PathVariable UUID id) {
        return OpenMatchView.from(openMatches.cancel(caller, id));
    }
}
