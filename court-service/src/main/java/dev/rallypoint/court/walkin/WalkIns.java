package dev.rallypoint.court.walkin;

import dev.rallypoint.common.event.walkin.WalkInAnswered;
import dev.rallypoint.common.event.walkin.WalkInCalled;
import dev.rallypoint.common.event.walkin.WalkInEnded;
import dev.rallypoint.common.identity.Role;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.NotClubManager;
import dev.rallypoint.court.club.Schedule;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The walk-in use cases. Each change is written to PostgreSQL first (the record of truth) and then
 * mirrored on the Redis {@link WalkInBoard}; answer deadlines are rows the sweep takes row-locked, so
 * each fires once whatever the number of instances, and after a restart.
 */
@Component
class WalkIns {

    private static final Logger log = LoggerFactory.getLogger(WalkIns.class);

    private final WalkInRepository walkIns;

    private final NoShowRepository noShows;

    private final WalkInBoard board;

    private final Clubs clubs;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final WalkInProperties properties;

    private final Clock clock;

    WalkIns(WalkInRepository walkIns, NoShowRepository noShows, WalkInBoard board, Clubs clubs, JdbcClient jdbc,
            TransactionTemplate transactions, ApplicationEventPublisher events, WalkInProperties properties, Clock clock) {
        this.walkIns = walkIns;
        this.noShows = noShows;
        this.board = board;
        this.clubs = clubs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Registers a party in today's queue: the caller themselves, or (the desk) a party known by a phone
     * number. Unknown club 404, closed now 422, a member already waiting today 409, too many recent
     * no-shows 422.
     */
    WalkInView register(Caller caller, UUID clubId, Registration registration) {
        Schedule schedule = clubs.scheduleOf(clubId);
        boolean byDesk = registration.phone() != null;
        if (byDesk && !clubs.manages(caller, clubId)) {
            throw new NotClubManager(clubId);
        }
        UUID memberId = byDesk ? null : caller.userId();
        Instant now = clock.instant();
        LocalDate today = schedule.dateOf(now);
        schedule.openOn(today).filter(open -> !now.isBefore(open.start()) && now.isBefore(open.end()))
                .orElseThrow(ClubClosed::new);
        if (memberId != null) {
            int recent = noShows.countByClubIdAndMemberIdAndRecordedAtAfter(clubId, memberId,
                    now.minus(properties.noShowWindow()));
            if (recent >= properties.noShowLimit()) {
                throw new TooManyNoShows(recent, (int) properties.noShowWindow().toDays());
            }
        }
        WalkIn registered;
        try {
            registered = transactions.execute(status -> {
                jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                        .param("key", "walk-in:" + clubId + ":" + today).query(Integer.class).single();
                if (memberId != null && walkIns.hasLiveEntry(clubId, today, memberId)) {
                    throw new DuplicateWalkIn();
                }
                return walkIns.save(WalkIn.register(clubId, today, walkIns.nextTicket(clubId, today), memberId,
                        registration.phone(), registration.partySize(), clock));
            });
        }
        catch (DataIntegrityViolationException ex) {
            throw new DuplicateWalkIn();
        }
        board.show(registered);
        log.info("Walk-in {} registered at club {}: ticket {} of {}, party of {}{}", registered.id(), clubId,
                registered.ticket(), today, registered.partySize(), byDesk ? " by the desk" : "");
        return fromDatabase(registered);
    }

    /** An entry as its party or the club's desk sees it: active ones from Redis, the rest from the database. */
    WalkInView find(Caller caller, UUID clubId, UUID walkInId) {
        var posted = board.read(walkInId);
        if (posted.isPresent() && posted.get().clubId().equals(clubId)
                && ((posted.get().memberId() != null && caller.is(posted.get().memberId())) || clubs.manages(caller, clubId))) {
            return WalkInView.of(posted.get(), properties.minutesPerParty());
        }
        WalkIn walkIn = visible(caller, clubId, walkIns.findById(walkInId).orElseThrow(() -> new WalkInNotFound(walkInId)));
        if (walkIn.status().isActive()) {
            board.show(walkIn);
        }
        return fromDatabase(walkIn);
    }

    /** Today's queue of a club, in ticket order, ended entries included: the desk's view. */
    List<WalkInView> today(Caller caller, UUID clubId) {
        requireDesk(caller, clubId);
        LocalDate today = clubs.scheduleOf(clubId).dateOf(clock.instant());
        int perParty = minutesPerParty(clubId, today);
        List<WalkInView> queue = new ArrayList<>();
        int position = 0;
        for (WalkIn walkIn : walkIns.findByClubIdAndBusinessDateOrderByTicket(clubId, today)) {
            Integer shown = walkIn.status().isActive() ? ++position : null;
            queue.add(WalkInView.of(walkIn, shown, perParty));
        }
        return queue;
    }

    WalkInView callFirst(Caller caller, UUID clubId, UUID walkInId) {
        return change(caller, clubId, walkInId, true, walkIn -> walkIn.callFirst(properties.answerTime(), clock));
    }

    WalkInView callFinal(Caller caller, UUID clubId, UUID walkInId) {
        return change(caller, clubId, walkInId, true, walkIn -> walkIn.callFinal(properties.answerTime(), clock));
    }

    WalkInView answer(Caller caller, UUID clubId, UUID walkInId, int travelMinutes) {
        return change(caller, clubId, walkInId, false, walkIn -> walkIn.answer(travelMinutes, clock));
    }

    WalkInView arrive(Caller caller, UUID clubId, UUID walkInId) {
        return change(caller, clubId, walkInId, false, walkIn -> walkIn.arrive(clock));
    }

    WalkInView enter(Caller caller, UUID clubId, UUID walkInId) {
        WalkInView entered = change(caller, clubId, walkInId, true, walkIn -> walkIn.enter(clock));
        board.turnover(clubId, minutesPerParty(clubId, clubs.scheduleOf(clubId).dateOf(clock.instant())));
        return entered;
    }

    /** The party cancels its own entry ({@code CANCEL}); the desk cancels any of its club's ({@code OWNER_CANCEL}). */
    WalkInView cancel(Caller caller, UUID clubId, UUID walkInId) {
        return change(caller, clubId, walkInId, false, walkIn -> {
            if (walkIn.isParty(caller.userId())) {
                walkIn.cancelByParty(clock);
            }
            else {
                walkIn.cancelByDesk(clock);
            }
        });
    }

    private WalkInView change(Caller caller, UUID clubId, UUID walkInId, boolean deskOnly, Consumer<WalkIn> transition) {
        WalkIn changed = transactions.execute(status -> {
            WalkIn walkIn = visible(caller, clubId,
                    walkIns.findForUpdate(walkInId).orElseThrow(() -> new WalkInNotFound(walkInId)));
            if (deskOnly) {
                requireDesk(caller, clubId);
            }
            WalkInStatus before = walkIn.status();
            transition.accept(walkIn);
            log.info("Walk-in {} of club {}: {} -> {} by {}", walkInId, clubId, before, walkIn.status(), caller.subject());
            WalkIn saved = walkIns.save(walkIn);
            announce(saved);
            return saved;
        });
        board.show(changed);
        return fromDatabase(changed);
    }

    /** Ends the calls whose answer time ran out; answers how many. */
    int sweepUnanswered() {
        List<WalkIn> ended = transactions.execute(status -> {
            List<WalkIn> due = walkIns.findUnanswered(clock.instant(), 100);
            for (WalkIn walkIn : due) {
                WalkInStatus called = walkIn.status();
                if (walkIn.answerTimeRanOut(clock)) {
                    noShows.save(NoShow.of(walkIn, clock));
                }
                log.info("Walk-in {} of club {}: {} unanswered -> {}", walkIn.id(), walkIn.clubId(), called, walkIn.status());
                announce(walkIn);
            }
            return walkIns.saveAll(due);
        });
        if (ended == null) {
            return 0;
        }
        ended.forEach(board::show);
        return ended.size();
    }

    List<NoShowView> noShows(Caller caller, UUID clubId) {
        requireDesk(caller, clubId);
        return noShows.findByClubIdOrderByRecordedAtDesc(clubId).stream().map(NoShowView::from).toList();
    }

    void forgive(Caller caller, UUID clubId, UUID noShowId) {
        requireDesk(caller, clubId);
        transactions.executeWithoutResult(status -> noShows.delete(
                noShows.findByIdAndClubId(noShowId, clubId).orElseThrow(() -> new NoShowNotFound(noShowId))));
        log.info("No-show {} of club {} removed by {}", noShowId, clubId, caller.subject());
    }

    void forgiveAll(Caller caller, UUID clubId) {
        requireDesk(caller, clubId);
        Integer cleared = transactions.execute(status -> noShows.deleteByClub(clubId));
        log.info("No-show list of club {} cleared by {}: {} removed", clubId, caller.subject(), cleared);
    }

    /**
     * Tells the party and the desk what happened, through the outbox: calls to the party, answers to
     * the club's managers, an entry ended without going on court to the party.
     */
    private void announce(WalkIn walkIn) {
        Instant now = clock.instant();
        UUID member = walkIn.memberId().orElse(null);
        switch (walkIn.status()) {
            case FIRST_CALLED, FINAL_CALLED -> events.publishEvent(new WalkInCalled(UUID.randomUUID(), now, walkIn.id(),
                    walkIn.clubId(), member, walkIn.ticket(), walkIn.status() == WalkInStatus.FIRST_CALLED ? "FIRST" : "FINAL",
                    walkIn.answerDue()));
            case COMING -> events.publishEvent(new WalkInAnswered(UUID.randomUUID(), now, walkIn.id(), walkIn.clubId(),
                    walkIn.ticket(), (int) Duration.between(walkIn.updatedAt(), walkIn.expectedArrival()).toMinutes(),
                    walkIn.expectedArrival(), clubs.managersOf(walkIn.clubId())));
            case NO_ANSWER, NO_ANSWER2, OWNER_CANCEL -> events.publishEvent(new WalkInEnded(UUID.randomUUID(), now,
                    walkIn.id(), walkIn.clubId(), member, walkIn.ticket(), walkIn.status().name()));
            default -> {
            }
        }
    }

    /** Puts every active entry back on the board: after a restart, Redis may have lost them. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildBoard() {
        List<WalkIn> active = walkIns.findActive();
        active.forEach(board::show);
        log.info("Walk-in board rebuilt from the database: {} active entries", active.size());
    }

    private WalkInView fromDatabase(WalkIn walkIn) {
        Integer position = walkIn.status().isActive()
                ? walkIns.positionOf(walkIn.clubId(), walkIn.businessDate(), walkIn.ticket()) : null;
        return WalkInView.of(walkIn, position, minutesPerParty(walkIn.clubId(), walkIn.businessDate()));
    }

    /** The average time between the club's last entries today, or the assumed turnover before there are two. */
    private int minutesPerParty(UUID clubId, LocalDate date) {
        List<Instant> entries = walkIns.lastEntries(clubId, date);
        if (entries.size() < 2) {
            return properties.minutesPerParty();
        }
        Duration span = Duration.between(entries.getLast(), entries.getFirst());
        return (int) Math.max(1, Math.ceil(span.toSeconds() / 60.0 / (entries.size() - 1)));
    }

    /** The entry, when the caller is its party or the club's desk; 404 for anyone else (403 for other clubs' managers). */
    private WalkIn visible(Caller caller, UUID clubId, WalkIn walkIn) {
        if (!walkIn.clubId().equals(clubId)) {
            throw new WalkInNotFound(walkIn.id());
        }
        if (walkIn.isParty(caller.userId()) || clubs.manages(caller, clubId)) {
            return walkIn;
        }
        if (caller.has(Role.COURT_MANAGER)) {
            throw new NotClubManager(clubId);
        }
        throw new WalkInNotFound(walkIn.id());
    }

    private void requireDesk(Caller caller, UUID clubId) {
        clubs.scheduleOf(clubId);
        if (!clubs.manages(caller, clubId)) {
            throw new NotClubManager(clubId);
        }
    }
}
