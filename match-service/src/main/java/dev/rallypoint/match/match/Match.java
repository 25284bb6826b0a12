package dev.rallypoint.match.match;

import dev.rallypoint.common.event.match.MatchCancelled;
import dev.rallypoint.common.event.match.MatchConfirmed;
import dev.rallypoint.common.event.match.MatchFormed;
import dev.rallypoint.common.event.match.MatchPaid;
import dev.rallypoint.common.event.match.MatchPaymentFailed;
import dev.rallypoint.common.event.match.MatchResultRecorded;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.match.court.HoldOutcome;
import dev.rallypoint.match.matching.Candidate;
import dev.rallypoint.match.matching.GameType;
import dev.rallypoint.match.matching.Proposal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A match of two or four players at one club for one slot, formed from their requests. */
@Entity
@Table(name = "matches")
public class Match extends AbstractAggregateRoot<Match> {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private GameType gameType;

    private UUID clubId;

    private UUID courtId;

    private UUID reservationId;

    private UUID bookedFor;

    private Instant heldUntil;

    private Long price;

    private Instant confirmBy;

    private int paymentAttempt;

    private Instant paymentDue;

    private String cancelReason;

    private Instant startsAt;

    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private MatchStatus status;

    private Instant formedAt;

    @ElementCollection
    @CollectionTable(name = "match_player", joinColumns = @JoinColumn(name = "match_id"))
    private List<MatchPlayer> players = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "match_report", joinColumns = @JoinColumn(name = "match_id"))
    private List<MatchReport> reports = new ArrayList<>();

    private Integer winner;

    private String score;

    private Instant recordedAt;

    @Version
    private Long version;

    protected Match() {
    }

    /** The match a proposal of the matcher makes; announces {@link MatchFormed}. */
    static Match form(Proposal proposal, Clock clock) {
        return form(Uuids.timeOrdered(clock), proposal, null, null, clock);
    }

    /**
     * The match a proposal of the matcher makes on the court court-service holds for it (none for matches
     * formed without a court), to be confirmed by every player before {@code confirmBy}; announces
     * {@link MatchFormed}.
     */
    static Match form(UUID id, Proposal proposal, HoldOutcome.Held court, Instant confirmBy, Clock clock) {
        Match match = new Match();
        match.id = id;
        match.confirmBy = confirmBy;
        match.gameType = proposal.gameType();
        match.clubId = proposal.clubId();
        if (court != null) {
            match.courtId = court.courtId();
            match.reservationId = court.reservationId();
            match.bookedFor = court.memberId();
            match.heldUntil = court.heldUntil();
            match.price = court.price();
        }
        match.startsAt = proposal.slot().start();
        match.endsAt = proposal.slot().end();
        match.status = MatchStatus.FORMED;
        match.formedAt = clock.instant();
        for (Candidate request : proposal.requests()) {
            for (Candidate.Player player : request.players()) {
                int team = proposal.teamOne().contains(player) ? 1 : 2;
                match.players.add(new MatchPlayer(player.id(), request.requestId(), team, player.level(), match.startsAt,
                        match.endsAt));
            }
        }
        match.registerEvent(new MatchFormed(Uuids.timeOrdered(clock), match.formedAt, match.id, match.gameType.name(),
                match.clubId, match.startsAt, match.endsAt, match.team(1), match.team(2)));
        return match;
    }

    /**
     * A player confirms they will play; the last confirmation in time confirms the match
     * ({@link MatchConfirmed}). A match on a held court then waits in {@code PAYMENT_PENDING} for every player's
     * share of it (a new payment attempt, due within {@code payWithin} but never after the hold). Answers whether
     * the match is now confirmed.
     */
    boolean confirm(UUID player, Duration payWithin, Clock clock) {
        Instant now = clock.instant();
        requireAwaitingConfirmation();
        if (confirmBy != null && !now.isBefore(confirmBy)) {
            throw new ConfirmationClosed(id);
        }
        playerOf(player).confirm(now);
        if (players.stream().allMatch(MatchPlayer::confirmed)) {
            status = MatchStatus.CONFIRMED;
            if (paymentAttempt == 0) {
                // announced once: confirming again after a declined share starts another payment attempt
                registerEvent(new MatchConfirmed(Uuids.timeOrdered(clock), now, id, clubId, courtId, reservationId,
                        startsAt, endsAt, playerIds()));
            }
            if (reservationId != null) {
                status = MatchStatus.PAYMENT_PENDING;
                paymentAttempt++;
                Instant due = now.plus(payWithin);
                paymentDue = heldUntil != null && heldUntil.isBefore(due) ? heldUntil : due;
            }
            return true;
        }
        return false;
    }

    /** Each player's share of the court in the current payment attempt (see {@link SplitPolicy}). */
    Map<UUID, Long> shares() {
        requirePaying();
        return SplitPolicy.shares(price == null ? 0 : price, playerIds(), bookedFor);
    }

    /** Every share is paid and court-service confirmed the reservation: the court is booked ({@link MatchPaid}). */
    void paid(Clock clock) {
        requirePaying();
        status = MatchStatus.PAID;
        paymentDue = null;
        registerEvent(new MatchPaid(Uuids.timeOrdered(clock), clock.instant(), id, reservationId, price == null ? 0 : price,
                playerIds()));
    }

    /**
     * A share was declined: the match is unconfirmed again, the players who could not pay must confirm once more
     * (a new attempt) before the deadline, or the match falls through ({@link MatchPaymentFailed}).
     */
    void paymentFailed(List<UUID> unpaid, String reason, Clock clock) {
        requirePaying();
        status = MatchStatus.FORMED;
        paymentDue = null;
        players.stream().filter(one -> unpaid.contains(one.playerId())).forEach(MatchPlayer::unconfirm);
        registerEvent(new MatchPaymentFailed(Uuids.timeOrdered(clock), clock.instant(), id, reason, playerIds(), unpaid));
    }

    /**
     * The split payment did not finish: no answer for the shares of {@code unpaid} by the due time ({@code UNPAID}),
     * or court-service no longer holds the court ({@code COURT_LOST}). The match falls through like a timed-out
     * confirmation.
     */
    Cancellation paymentAbandoned(String reason, List<UUID> unpaid, Clock clock) {
        requirePaying();
        paymentDue = null;
        return cancel(reason, unpaid, clock);
    }

    /** Every share is paid but court-service could not be told yet: it is told again at {@code due}. */
    void tellCourtAgainAt(Instant due) {
        requirePaying();
        paymentDue = due;
    }

    private void requirePaying() {
        if (status != MatchStatus.PAYMENT_PENDING) {
            throw new NotPaying(id);
        }
    }

    /** A player declines: the match falls through, the others go back to the queue. */
    Cancellation decline(UUID player, Clock clock) {
        requireAwaitingConfirmation();
        playerOf(player);
        return cancel("DECLINED", List.of(player), clock);
    }

    /** The deadline passed before everyone confirmed: the match falls through, those who confirmed go back. */
    Cancellation timeOut(Clock clock) {
        requireAwaitingConfirmation();
        if (confirmBy == null || clock.instant().isBefore(confirmBy)) {
            throw new ConfirmationStillOpen(id);
        }
        return cancel("TIMED_OUT", players.stream().filter(one -> !one.confirmed()).map(MatchPlayer::playerId).toList(),
                clock);
    }

    private Cancellation cancel(String reason, List<UUID> responsible, Clock clock) {
        Instant now = clock.instant();
        status = MatchStatus.CANCELLED;
        cancelReason = reason;
        players.forEach(MatchPlayer::leave);
        registerEvent(new MatchCancelled(Uuids.timeOrdered(clock), now, id, reason, playerIds(), responsible));
        List<UUID> closed = players.stream().filter(one -> responsible.contains(one.playerId()))
                .map(MatchPlayer::requestId).distinct().toList();
        List<UUID> reopened = players.stream().map(MatchPlayer::requestId).distinct()
                .filter(request -> !closed.contains(request)).toList();
        return new Cancellation(id, reservationId, bookedFor, reopened, closed);
    }

    /**
     * What a match falling through leaves to do: release its court hold (if it has one), reopen the requests
     * of the players not responsible, close those of the players who are.
     */
    record Cancellation(UUID matchId, UUID reservationId, UUID bookedFor, List<UUID> reopened, List<UUID> closed) {
    }

    private void requireAwaitingConfirmation() {
        if (status != MatchStatus.FORMED) {
            throw new NotAwaitingConfirmation(id);
        }
    }

    private MatchPlayer playerOf(UUID player) {
        return players.stream().filter(one -> one.playerId().equals(player)).findFirst()
                .orElseThrow(() -> new MatchNotFound(id));
    }

    private List<UUID> playerIds() {
        return players.stream().map(MatchPlayer::playerId).toList();
    }

    /**
     * A player reports the result for their side. When the other side reported the same, the result is
     * recorded ({@link MatchResultRecorded}); when it reported another, the match is disputed until an admin
     * settles it. Answers whether the result is now recorded.
     */
    boolean report(UUID player, Score reported, Clock clock) {
        requireOpenForResults(clock);
        int team = teamOf(player);
        Instant now = clock.instant();
        reports.removeIf(report -> report.team() == team);
        reports.add(new MatchReport(team, player, reported, now));
        Optional<MatchReport> other = reports.stream().filter(report -> report.team() != team).findFirst();
        if (other.isEmpty()) {
            return false;
        }
        if (other.get().sets().equals(reported.toString())) {
            record(reported, now, clock);
            return true;
        }
        status = MatchStatus.DISPUTED;
        return false;
    }

    /** An admin decides the result, whatever the sides reported. */
    void settle(Score decided, Clock clock) {
        requireOpenForResults(clock);
        record(decided, clock.instant(), clock);
    }

    private void requireOpenForResults(Clock clock) {
        if (status == MatchStatus.RECORDED) {
            throw new ResultAlreadyRecorded(id);
        }
        if (status == MatchStatus.CANCELLED || status == MatchStatus.PAYMENT_PENDING
                || (status == MatchStatus.FORMED && confirmBy != null)) {
            throw new NotConfirmed(id);
        }
        if (clock.instant().isBefore(startsAt)) {
            throw new NotPlayedYet(id);
        }
    }

    private void record(Score result, Instant now, Clock clock) {
        status = MatchStatus.RECORDED;
        winner = result.winner();
        score = result.toString();
        recordedAt = now;
        registerEvent(new MatchResultRecorded(Uuids.timeOrdered(clock), now, id, team(winner), team(3 - winner), score));
    }

    private int teamOf(UUID player) {
        return players.stream().filter(one -> one.playerId().equals(player)).findFirst()
                .orElseThrow(() -> new MatchNotFound(id)).team();
    }

    /** The players of a side with the levels they were matched at. */
    List<Rated> side(int team) {
        return players.stream().filter(player -> player.team() == team)
                .map(player -> new Rated(player.playerId(), player.level())).toList();
    }

    /** A player and the NTRP level they were matched at (the seed of a first rating). */
    record Rated(UUID playerId, double level) {
    }

    boolean hasPlayer(UUID player) {
        return players.stream().anyMatch(one -> one.playerId().equals(player));
    }

    public List<UUID> team(int team) {
        return players.stream().filter(player -> player.team() == team).map(MatchPlayer::playerId).toList();
    }

    public UUID id() {
        return id;
    }

    public GameType gameType() {
        return gameType;
    }

    public UUID clubId() {
        return clubId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public UUID courtId() {
        return courtId;
    }

    public UUID reservationId() {
        return reservationId;
    }

    public UUID bookedFor() {
        return bookedFor;
    }

    public Instant heldUntil() {
        return heldUntil;
    }

    public Instant confirmBy() {
        return confirmBy;
    }

    /** The current payment attempt (0 before the first). */
    public int paymentAttempt() {
        return paymentAttempt;
    }

    /** While {@code PAYMENT_PENDING}: when the shares' answers (or court-service's confirmation) are due. */
    public Instant paymentDue() {
        return paymentDue;
    }

    public Long price() {
        return price;
    }

    /** Who confirmed so far. */
    public List<UUID> confirmed() {
        return players.stream().filter(MatchPlayer::confirmed).map(MatchPlayer::playerId).toList();
    }

    public MatchStatus status() {
        return status;
    }

    public Instant formedAt() {
        return formedAt;
    }

    /** 1 or 2 once the result is recorded. */
    public Integer winner() {
        return winner;
    }

    public String score() {
        return score;
    }
}
