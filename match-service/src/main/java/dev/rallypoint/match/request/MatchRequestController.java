package dev.rallypoint.match.request;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A player's own match requests; a partner sees and may cancel the pair's request too. */
@RestController
class MatchRequestController {

    private final MatchRequests requests;

    MatchRequestController(MatchRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/api/v1/match-requests")
    @ResponseStatus(HttpStatus.CREATED)
    MatchRequestView ask(Caller caller, @Valid @RequestBody MatchRequestBody body) {
        return MatchRequestView.from(requests.ask(caller.userId(), body.terms()));
    }

    @GetMapping("/api/v1/match-requests")
    List<MatchRequestView> mine(Caller caller) {
        return requests.mine(caller.userId()).stream().map(MatchRequestView::from).toList();
    }

    @GetMapping("/api/v1/match-requests/{id}")
    MatchRequestView one(Caller caller, @PathVariable UUID id) {
        return MatchRequestView.from(requests.one(caller.userId(), id));
    }

    @DeleteMapping("/api/v1/match-requests/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(Caller caller, @PathVariable UUID id) {
        requests.cancel(caller.userId(), id);
    }
}
