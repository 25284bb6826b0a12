package dev.rallypoint.queue.waitingroom;

import dev.rallypoint.support.security.Caller;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's queue token at a gate: join, poll, leave. A token is only ever its owner's. */
@RestController
@RequestMapping("/api/v1/queue/{gate}/tokens")
class QueueTokenController {

    private final WaitingRoom waitingRoom;

    QueueTokenController(WaitingRoom waitingRoom) {
        this.waitingRoom = waitingRoom;
    }

    /** 201 with the new token, or 200 with the caller's existing one (its place is kept). */
    @PostMapping
    ResponseEntity<Ticket> join(@PathVariable String gate, Caller caller) {
        WaitingRoom.Joined joined = waitingRoom.join(new GateId(gate), caller.userId());
        Ticket ticket = joined.ticket();
        if (!joined.created()) {
            return ResponseEntity.ok(ticket);
        }
        return ResponseEntity.created(URI.create("/api/v1/queue/" + gate + "/tokens/" + ticket.token())).body(ticket);
    }

    @GetMapping("/{token}")
    Ticket poll(@PathVariable String gate, @PathVariable UUID token, Caller caller) {
        return waitingRoom.poll(new GateId(gate), caller.userId(), token);
    }

    /** Gives up the place, or ends the admission and frees its capacity. */
    @DeleteMapping("/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leave(@PathVariable String gate, @PathVariable UUID token, Caller caller) {
        waitingRoom.leave(new GateId(gate), caller.userId(), token);
    }
}
