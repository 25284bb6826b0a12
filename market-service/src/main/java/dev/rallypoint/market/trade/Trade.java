package dev.rallypoint.market.trade;

import dev.rallypoint.common.event.market.TradeCancelled;
import dev.rallypoint.common.event.market.TradeCompleted;
import dev.rallypoint.common.event.market.TradeDisputed;
import dev.rallypoint.common.event.market.TradeRequested;
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
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * One buyer's purchase of one listing, whose price the wallet holds in escrow meanwhile. Each step is a
 * verb that checks who takes it and whether the state allows it, and registers the fact the wallet (and
 * the notifications) act on. Answers of the wallet that come again change nothing.
 */
@Entity
@Table(name = "trade")
public class Trade extends AbstractAggregateRoot<Trade> implements Persistable<UUID> {

    @Id
    private UUID id;

    private UUID listingId;

    private UUID buyerId;

    private UUID sellerId;

    private long amount;

    private String title;

    @Enumerated(EnumType.STRING)
    private TradeStatus status;

    private String outcome;

    private String disputeReason;

    private Instant confirmBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private boolean stored = true;

    protected Trade() {
    }

    /** The buyer reserves the listing; the wallet is asked to hold its price. */
    static Trade request(UUID listingId, UUID sellerId, long price, String title, UUID buyerId, Clock clock) {
        Trade trade = new Trade();
        Instant now = clock.instant();
        trade.id = Uuids.timeOrdered(clock);
        trade.listingId = listingId;
        trade.sellerId = sellerId;
        trade.buyerId = buyerId;
        trade.amount = price;
        trade.title = title;
        trade.status = TradeStatus.REQUESTED;
        trade.createdAt = now;
        trade.updatedAt = now;
        trade.stored = false;
        trade.registerEvent(new TradeRequested(Uuids.timeOrdered(clock), now, trade.id, listingId, buyerId, sellerId, price,
                title));
        return trade;
    }

    /** The wallet holds the escrow. Only a requested trade moves on; a repeated answer changes nothing. */
    void escrowHeld(Clock clock) {
        if (status == TradeStatus.REQUESTED) {
            status = TradeStatus.HELD;
            updatedAt = clock.instant();
        }
    }

    /**
     * The wallet could not hold the escrow: a requested trade is cancelled; answers whether it was now (the
     * listing goes back on sale).
     */
    boolean escrowFailed(Clock clock) {
        if (status != TradeStatus.REQUESTED) {
            return false;
        }
        cancel(TradeCancelled.HOLD_FAILED, clock);
        return true;
    }

    /** The buyer gives up before the hand-over. */
    void cancelByBuyer(UUID caller, Clock clock) {
        requireBuyer(caller, "cancel");
        requireStatus("cancel", TradeStatus.REQUESTED, TradeStatus.HELD);
        cancel(TradeCancelled.BUYER_CANCELLED, clock);
    }

    /** The seller does not want to sell to this buyer, before the hand-over. */
    void decline(UUID caller, Clock clock) {
        requireSeller(caller, "decline");
        requireStatus("decline", TradeStatus.REQUESTED, TradeStatus.HELD);
        cancel(TradeCancelled.SELLER_DECLINED, clock);
    }

    /** The seller handed the gear over; the buyer confirms within {@code confirmWithin} or it confirms itself. */
    void handOver(UUID caller, Duration confirmWithin, Clock clock) {
        requireSeller(caller, "hand-over");
        requireStatus("hand-over", TradeStatus.HELD);
        Instant now = clock.instant();
        status = TradeStatus.HANDED_OVER;
        confirmBy = now.plus(confirmWithin);
        updatedAt = now;
    }

    /** The buyer confirms receipt: sold. */
    void confirm(UUID caller, Clock clock) {
        requireBuyer(caller, "confirm");
        requireStatus("confirm", TradeStatus.HANDED_OVER);
        complete("CONFIRMED", clock);
    }

    /** The buyer did not confirm nor dispute before the deadline: sold. Answers whether it completed now. */
    boolean confirmIfDue(Clock clock) {
        if (status != TradeStatus.HANDED_OVER || confirmBy.isAfter(clock.instant())) {
            return false;
        }
        complete("AUTO_CONFIRMED", clock);
        return true;
    }

    /** A party disputes the trade once the escrow is held: frozen until an admin settles it. */
    void dispute(UUID caller, String reason, Clock clock) {
        if (!isParty(caller)) {
            throw new TradeNotFound(id);
        }
        requireStatus("dispute", TradeStatus.HELD, TradeStatus.HANDED_OVER);
        Instant now = clock.instant();
        status = TradeStatus.DISPUTED;
        disputeReason = reason;
        updatedAt = now;
        registerEvent(new TradeDisputed(Uuids.timeOrdered(clock), now, id, listingId, buyerId, sellerId, title, caller));
    }

    /** An admin settles a dispute: the escrow goes to the seller (sold) or back to the buyer. */
    void settle(boolean forSeller, Clock clock) {
        requireStatus("settle", TradeStatus.DISPUTED);
        if (forSeller) {
            complete("SETTLED_FOR_SELLER", clock);
        }
        else {
            cancel(TradeCancelled.SETTLED_FOR_BUYER, clock);
        }
    }

    boolean isParty(UUID caller) {
        return buyerId.equals(caller) || sellerId.equals(caller);
    }

    private void complete(String how, Clock clock) {
        Instant now = clock.instant();
        status = TradeStatus.COMPLETED;
        outcome = how;
        updatedAt = now;
        registerEvent(new TradeCompleted(Uuids.timeOrdered(clock), now, id, listingId, buyerId, sellerId, amount, title, how));
    }

    private void cancel(String reason, Clock clock) {
        Instant now = clock.instant();
        status = TradeStatus.CANCELLED;
        outcome = reason;
        updatedAt = now;
        registerEvent(new TradeCancelled(Uuids.timeOrdered(clock), now, id, listingId, buyerId, sellerId, amount, title,
                reason));
    }

    private void requireBuyer(UUID caller, String step) {
        if (!isParty(caller)) {
            throw new TradeNotFound(id);
        }
        if (!buyerId.equals(caller)) {
            throw new WrongTradeParty(id, step);
        }
    }

    private void requireSeller(UUID caller, String step) {
        if (!isParty(caller)) {
            throw new TradeNotFound(id);
        }
        if (!sellerId.equals(caller)) {
            throw new WrongTradeParty(id, step);
        }
    }

    private void requireStatus(String step, TradeStatus... allowed) {
        for (TradeStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new IllegalTradeStep(id, step, status);
    }

    /** The facts registered and not yet published. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
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

    public UUID id() {
        return id;
    }

    public UUID listingId() {
        return listingId;
    }

    public UUID buyerId() {
        return buyerId;
    }

    public UUID sellerId() {
        return sellerId;
    }

    public long amount() {
        return amount;
    }

    public String title() {
        return title;
    }

    public TradeStatus status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public Instant confirmBy() {
        return confirmBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
