package dev.rallypoint.notice.follow;

import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller follows a club's notices, or stops. */
@RestController
@RequestMapping("/api/v1/clubs/{clubId}/notices/subscription")
@Tag(name = "Notices")
class FollowController {

    private final ClubFollows follows;

    FollowController(ClubFollows follows) {
        this.follows = follows;
    }

    @GetMapping
    @Operation(summary = "Whether the caller follows the club")
    Subscription status(Caller caller, @PathVariable UUID clubId) {
        return new Subscription(clubId, follows.follows(caller.userId(), clubId));
    }

    @PutMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Follows the club: its notices reach the caller's inbox")
    void follow(Caller caller, @PathVariable UUID clubId) {
        follows.follow(caller.userId(), clubId);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stops following the club")
    void unfollow(Caller caller, @PathVariable UUID clubId) {
        follows.unfollow(caller.userId(), clubId);
    }

    record Subscription(UUID clubId, boolean following) {
    }
}
