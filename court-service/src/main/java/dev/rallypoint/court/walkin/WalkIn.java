package dev.rallypoint.court.walkin;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * One party in a club's walk-in queue for a day, with the seed's state machine:
 * {@code WAITING → FIRST_CALLED → FINAL_CALLED → COMING → ARRIVED → ENTERED}; a call unanswered within
 * the answer time ends it ({@code NO_ANSWER} after the first, {@code NO_ANSWER2}, a no-show, after the
 * final); the desk ({@code OWNER_CANCEL}) or the party ({@code CANCEL}) may cancel an active entry.
 * Every other move is refused with {@link IllegalWalkInTransition}.
 */
@Entity
@Table(name = "walk_in")
class WalkIn implements Persistable<UUID> {

    /** The longest travel time a party may announce when it answers a call. */
    static final int MAX_TRAVEL_MINUTES = 15;

    @Id
    private UUID id;

    private UUID clubId;

    private LocalDate businessDate;

    private int ticket;

    private UUID memberId;

    private String phone;

    private int partySize;

    @Enumerated(EnumType.STRING)
    private WalkInStatus status;

    private Instant answerDue;

    private Instant expectedArrival;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private boolean stored = true;

    protected WalkIn() {
    }

    /** A party joins the queue with the day's next ticket; either a member or a phone number the desk typed in. */
    static WalkIn register(UUID clubId, LocalDate businessDate, int ticket, UUID memberId, String phone, int partySize,
            Clock clock) {
        WalkIn walkIn = new WalkIn();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        walkIn.id = Uuids.timeOrdered(clock);
        walkIn.clubId = clubId;
        walkIn.businessDate = businessDate;
        walkIn.ticket = ticket;
        walkIn.memberId = memberId;
        walkIn.phone = phone;
        walkIn.partySize = partySize;
        walkIn.status = WalkInStatus.WAITING;
        walkIn.createdAt = now;
        walkIn.updatedAt = now;
        walkIn.stored = false;
        return walkIn;
    }

    /** The desk's first call: the party has {@code answerTime} to answer. */
    void callFirst(Duration answerTime, Clock clock) {
        require(WalkInStatus.WAITING, "call-first");
        moveTo(WalkInStatus.FIRST_CALLED, clock);
        this.answerDue = now(clock).plus(answerTime);
    }

    /** The desk's final call, after a first one: unanswered within {@code answerTime} it is a no-show. */
    void callFinal(Duration answerTime, Clock clock) {
        require(WalkInStatus.FIRST_CALLED, "call-final");
        moveTo(WalkInStatus.FINAL_CALLED, clock);
        this.answerDue = now(clock).plus(answerTime);
    }

    /** The party answers a call: on its way, there in {@code travelMinutes} (at most 15). */
    void answer(int travelMinutes, Clock clock) {
        if (status != WalkInStatus.FIRST_CALLED && status != WalkInStatus.FINAL_CALLED) {
            throw new IllegalWalkInTransition(status, "answer");
        }
        if (travelMinutes < 0 || travelMinutes > MAX_TRAVEL_MINUTES) {
            throw new TravelTooLong(MAX_TRAVEL_MINUTES);
        }
        moveTo(WalkInStatus.COMING, clock);
        this.answerDue = null;
        this.expectedArrival = now(clock).plus(Duration.ofMinutes(travelMinutes));
    }

    /** The party is at the desk: after answering, or straight away when called. */
    void arrive(Clock clock) {
        if (status != WalkInStatus.COMING && status != WalkInStatus.FIRST_CALLED && status != WalkInStatus.FINAL_CALLED) {
            throw new IllegalWalkInTransition(status, "arrive");
        }
        moveTo(WalkInStatus.ARRIVED, clock);
        this.answerDue = null;
    }

    /** The party goes on court. */
    void enter(Clock clock) {
        require(WalkInStatus.ARRIVED, "enter");
        moveTo(WalkInStatus.ENTERED, clock);
    }

    /** The party gives up its place. */
    void cancelByParty(Clock clock) {
        requireActive("cancel");
        moveTo(WalkInStatus.CANCEL, clock);
        this.answerDue = null;
    }

    /** The desk takes the party off the queue. */
    void cancelByDesk(Clock clock) {
        requireActive("owner-cancel");
        moveTo(WalkInStatus.OWNER_CANCEL, clock);
        this.answerDue = null;
    }

    /**
     * The answer time of a call ran out: {@code NO_ANSWER} after the first call, {@code NO_ANSWER2}
     * (a no-show) after the final one. Answers whether it was a no-show.
     */
    boolean answerTimeRanOut(Clock clock) {
        if (answerDue == null || now(clock).isBefore(answerDue)) {
            throw new IllegalWalkInTransition(status, "time-out");
        }
        boolean noShow = status == WalkInStatus.FINAL_CALLED;
        if (status != WalkInStatus.FIRST_CALLED && !noShow) {
            throw new IllegalWalkInTransition(status, "time-out");
        }
        moveTo(noShow ? WalkInStatus.NO_ANSWER2 : WalkInStatus.NO_ANSWER, clock);
        this.answerDue = null;
        return noShow;
    }

    private void moveTo(WalkInStatus next, Clock clock) {
        this.status = next;
        this.updatedAt = now(clock);
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void require(WalkInStatus required, String action) {
        if (status != required) {
            throw new IllegalWalkInTransition(status, action);
        }
    }

    private void requireActive(String action) {
        if (!status.isActive()) {
            throw new IllegalWalkInTransition(status, action);
        }
    }

    boolean isParty(UUID userId) {
        return memberId != null && memberId.equals(userId);
    }

    public UUID id() {
        return id;
    }

    UUID clubId() {
        return clubId;
    }

    LocalDate businessDate() {
        return businessDate;
    }

    int ticket() {
        return ticket;
    }

    Optional<UUID> memberId() {
        return Optional.ofNullable(memberId);
    }

    String phone() {
        return phone;
    }

    int partySize() {
        return partySize;
    }

    WalkInStatus status() {
        return status;
    }

    Instant answerDue() {
        return answerDue;
    }

    Instant expectedArrival() {
        return expectedArrival;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }
}
