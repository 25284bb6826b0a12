package dev.rallypoint.user.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * The wallet's side of one market trade, keyed by the trade id: held at most once, released at most once
 * (to the seller or back to the buyer), never held after the trade was cancelled. The ledger's HOLD and
 * RELEASE entries carry the trade id as their operation, so the database refuses a second of either.
 */
@Entity
@Table(name = "wallet_escrow")
class Escrow implements Persistable<UUID> {

    @Id
    @Column(name = "trade_id")
    private UUID tradeId;

    @Column(name = "buyer_id")
    private UUID buyerId;

    @Column(name = "seller_id")
    private UUID sellerId;

    private long amount;

    @Enumerated(EnumType.STRING)
    private EscrowStatus status;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Transient
    private boolean stored = true;

    protected Escrow() {
    }

    Escrow(UUID tradeId, UUID buyerId, UUID sellerId, long amount, EscrowStatus status, Instant now) {
        this.tradeId = tradeId;
        this.buyerId = buyerId;
        this.sellerId = sellerId;
        this.amount = amount;
        this.status = status;
        this.updatedAt = now;
        this.stored = false;
    }

    /** Moves to a final state; only a held escrow is released. */
    void released(EscrowStatus to, Instant now) {
        if (status != EscrowStatus.HELD || (to != EscrowStatus.RELEASED_TO_SELLER && to != EscrowStatus.RELEASED_TO_BUYER)) {
            throw new IllegalStateException("Escrow " + tradeId + " is " + status + ", cannot become " + to);
        }
        status = to;
        updatedAt = now;
    }

    @Override
    public UUID getId() {
        return tradeId;
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

    UUID tradeId() {
        return tradeId;
    }

    UUID buyerId() {
        return buyerId;
    }

    UUID sellerId() {
        return sellerId;
    }

    long amount() {
        return amount;
    }

    EscrowStatus status() {
        return status;
    }
}
