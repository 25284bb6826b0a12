package dev.rallypoint.user.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A member's points. Every change goes through a verb here that guards the balance (never negative,
 * never beyond {@link #LIMIT}) and returns the one {@link LedgerEntry} explaining it, so the balance
 * always equals the sum of the ledger. Changes are made under the wallet's row lock
 * ({@link WalletRepository#findLocked}), which serializes them per wallet.
 */
@Entity
@Table(name = "wallet")
class Wallet {

    /** The most points one wallet may hold. */
    static final Points LIMIT = new Points(1_000_000_000_000L);

    @Id
    @Column(name = "user_id")
    private UUID userId;

    private long balance;

    @Column(name = "last_sequence")
    private long lastSequence;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Wallet() {
    }

    /** A wallet not stored yet, for reading the balance of a member who never used theirs. */
    static Wallet empty(UUID userId, Instant now) {
        Wallet wallet = new Wallet();
        wallet.userId = Objects.requireNonNull(userId);
        wallet.createdAt = now;
        wallet.updatedAt = now;
        return wallet;
    }

    /** The member buys points. */
    LedgerEntry charge(Points amount, UUID chargeId, String reference, Instant now) {
        return credit(EntryType.CHARGE, amount, chargeId, reference, now);
    }

    /** Pays for something; fails with {@link InsufficientPoints} when the balance does not cover it. */
    LedgerEntry pay(Points amount, UUID paymentId, String reference, Instant now) {
        return debit(EntryType.USE, amount, paymentId, reference, now);
    }

    /** Pays points back. */
    LedgerEntry refund(Points amount, UUID refundId, String reference, Instant now) {
        return credit(EntryType.REFUND, amount, refundId, reference, now);
    }

    /** Sets points aside in escrow; fails with {@link InsufficientPoints} when the balance does not cover it. */
    LedgerEntry hold(Points amount, UUID holdId, String reference, Instant now) {
        return debit(EntryType.HOLD, amount, holdId, reference, now);
    }

    /** Gives back the points of an earlier hold. */
    LedgerEntry release(LedgerEntry hold, Instant now) {
        if (hold.type() != EntryType.HOLD || !hold.walletId().equals(userId)) {
            throw new IllegalArgumentException("Not a hold of this wallet: " + hold.id());
        }
        return credit(EntryType.RELEASE, hold.points(), hold.operationId(), hold.reference(), now);
    }

    /**
     * Receives the points of another wallet's hold: a market trade's escrow paid to its seller. The
     * hold's points leave escrow once, whichever wallet they go to (one RELEASE per operation).
     */
    LedgerEntry receive(LedgerEntry hold, Instant now) {
        if (hold.type() != EntryType.HOLD) {
            throw new IllegalArgumentException("Not a hold: " + hold.id());
        }
        return credit(EntryType.RELEASE, hold.points(), hold.operationId(), hold.reference(), now);
    }

    private LedgerEntry credit(EntryType type, Points amount, UUID operationId, String reference, Instant now) {
        Points after = balance().plus(amount);
        if (!LIMIT.covers(after)) {
            throw new BalanceLimitExceeded(LIMIT);
        }
        return record(type, amount, after, operationId, reference, now);
    }

    private LedgerEntry debit(EntryType type, Points amount, UUID operationId, String reference, Instant now) {
        return record(type, amount, balance().minus(amount), operationId, reference, now);
    }

    private LedgerEntry record(EntryType type, Points amount, Points after, UUID operationId, String reference,
            Instant now) {
        if (amount.value() == 0) {
            throw new InvalidPoints(0);
        }
        balance = after.value();
        lastSequence++;
        updatedAt = now;
        return new LedgerEntry(userId, lastSequence, type, amount, after, Objects.requireNonNull(operationId),
                Objects.requireNonNull(reference), now);
    }

    UUID userId() {
        return userId;
    }

    Points balance() {
        return new Points(balance);
    }
}
