package dev.rallypoint.match.request;

import dev.rallypoint.match.matching.Candidate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open requests as the matcher sees them: read without locks to plan, then claimed one match at a time
 * with {@code FOR UPDATE SKIP LOCKED}, so that of two matchers planning the same match only one forms it and
 * a player's cancellation either happens first or waits and finds the request matched.
 */
@Component
public class OpenRequests {

    private final MatchRequestRepository requests;

    private final Clock clock;

    OpenRequests(MatchRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** Closes the open requests with no window left after {@code now}; answers how many. */
    @Transactional
    public int expire(Instant now) {
        return requests.expireWithoutWindowAfter(now);
    }

    /** Up to {@code limit} of the oldest open requests, with only the windows still ahead of {@code from}. */
    @Transactional(readOnly = true)
    public List<Candidate> oldest(int limit, Instant from) {
        List<UUID> ids = requests.findOldestOpen(limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (MatchRequest request : requests.findWithWindows(ids)) {
            Candidate candidate = request.candidate(from);
            if (!candidate.windows().isEmpty()) {
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    /**
     * Locks the requests for the caller's transaction if every one of them is still open and no other
     * transaction holds any; answers whether it did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(Collection<UUID> requestIds) {
        return requests.lockOpen(requestIds).size() == requestIds.size();
    }

    /** Closes claimed requests: a match was formed from them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void matched(Collection<UUID> requestIds, UUID matchId) {
        Map<UUID, MatchRequest> found = requests.findWithWindows(requestIds).stream()
                .collect(Collectors.toMap(MatchRequest::id, Function.identity()));
        requestIds.forEach(id -> found.get(id).matched(matchId, clock));
    }

    /** Puts the requests of a match that fell through back in the queue, at their old place (their age). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopen(Collection<UUID> requestIds) {
        for (MatchRequest request : requests.findWithWindows(requestIds)) {
            request.reopen(window -> !requests.hasOpenWindowOverlapping(window.playerId(), window.startsAt(),
                    window.endsAt()));
            requests.saveAndFlush(request);
        }
    }

    /** Closes the requests of the players who declined a match or let it time out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(Collection<UUID> requestIds) {
        requests.findWithWindows(requestIds).forEach(request -> request.withdrawnFromMatch(clock));
    }
}
