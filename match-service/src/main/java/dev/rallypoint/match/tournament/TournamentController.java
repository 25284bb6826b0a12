package dev.rallypoint.match.tournament;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Club tournaments: created and run by a manager of the club, followed by every member. */
@RestController
@Validated
@RequestMapping("/api/v1/tournaments")
class TournamentController {

    private final Tournaments tournaments;

    TournamentController(Tournaments tournaments) {
        this.tournaments = tournaments;
    }

    @PostMapping
    ResponseEntity<TournamentView> create(Caller caller, @Valid @RequestBody TournamentBody body) {
        TournamentView view = TournamentView.from(tournaments.create(caller, body));
        return ResponseEntity.created(URI.create("/api/v1/tournaments/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    TournamentView one(Caller caller, @PathVariable UUID id) {
        caller.userId(); // a service token is no member: 403
        return TournamentView.from(tournaments.one(id));
    }

    /** The manager enters the result of the game in {@code round} (1 = first) and {@code slot} (from 0). */
    @PostMapping("/{id}/rounds/{round}/games/{slot}/result")
    TournamentView result(Caller caller, @PathVariable UUID id, @PathVariable @Min(1) @Max(6) int round,
            @PathVariable @Min(0) @Max(31) int slot, @Valid @RequestBody GameResultBody body) {
        return TournamentView.from(tournaments.record(caller, id, round, slot, body.score()));
    }
}
