package dev.rallypoint.match.request;

import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.match.matching.MatchingProperties;
import dev.rallypoint.match.player.PlayerLevels;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The use cases of a player's own match requests. */
@Component
class MatchRequests {

    private static final Logger log = LoggerFactory.getLogger(MatchRequests.class);

    private final MatchRequestRepository requests;

    private final PlayerLevels levels;

    private final RequestRules rules;

    private final TransactionTemplate transactions;

    private final Clock clock;

    MatchRequests(MatchRequestRepository requests, PlayerLevels levels, MatchingProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.requests = requests;
        this.levels = levels;
        this.rules = new RequestRules(properties);
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Asks for a match at the level given, or the profile's when none is given; the database refuses an
     * open request of the player or partner that overlaps one of its windows.
     */
    MatchRequest ask(UUID player, MatchTerms asked) {
        BigDecimal profileLevel = levels.callersLevel();
        MatchTerms terms = asked.level() != null ? asked
                : new MatchTerms(asked.gameType(), profileLevel, asked.minLevel(), asked.maxLevel(), asked.zone(),
                        asked.windows(), asked.clubIds(), asked.partnerId(), asked.partnerLevel());
        rules.check(player, terms, profileLevel, clock.instant());
        try {
            MatchRequest request = transactions.execute(status -> requests.saveAndFlush(
                    MatchRequest.ask(Uuids.timeOrdered(clock), player, terms, clock)));
            log.info("Match request {} by {}: {} at {} in {} windows", request.id(), player, terms.gameType(),
                    terms.level(), terms.windows().size());
            return request;
        }
        catch (DataIntegrityViolationException ex) {
            throw new OverlappingRequest();
        }
    }

    /** The caller's requests, as player or partner, newest first. */
    List<MatchRequest> mine(UUID player) {
        return requests.findMine(player);
    }

    MatchRequest one(UUID player, UUID id) {
        return requests.findWithWindows(id).filter(request -> request.concerns(player))
                .orElseThrow(() -> new MatchRequestNotFound(id));
    }

    /** Cancels an open request of the caller's (as player or partner); a matched one stays matched. */
    void cancel(UUID player, UUID id) {
        transactions.executeWithoutResult(status -> {
            MatchRequest request = requests.findForUpdate(id).filter(found -> found.concerns(player))
                    .orElseThrow(() -> new MatchRequestNotFound(id));
            request.cancel(clock);
            requests.save(request);
        });
        log.info("Match request {} cancelled by {}", id, player);
    }
}
