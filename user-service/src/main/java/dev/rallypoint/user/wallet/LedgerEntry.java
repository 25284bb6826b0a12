package dev.rallypoint.user.wallet;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * One change of a wallet's balance, written once and never changed. Entries of a wallet are
 * numbered without gaps; each records the balance it left.
 */
@Entity
@Table(name = "ledger_entry")
class LedgerEntry implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "wallet_id")
    private UUID walletId;

    private long sequence;

    @Enumerated(EnumType.STRING)
    private EntryType type;

    private long amount;

    @Column(name = "balance_after")
    private long balanceAfter;

    @Column(name = "operation_id")
    private UUID operationId;

    private String reference;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Transient
    private boolean stored = true;

    protected LedgerEntry() {
    }

    LedgerEntry(UUID walletId, long sequence, EntryType type, Points amount, Points balanceAfter, UUID operationId,
            String reference, Instant occurredAt) {
        this.id = Uuids.timeOrdered();
        this.walletId = walletId;
        this.sequence = sequence;
        this.type = type;
        this.amount = type.signed(amount);
        this.balanceAfter = balanceAfter.value();
        this.operationId = operationId;
        this.reference = reference;
        this.occurredAt = occurredAt;
        this.stored = false;
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

    UUID id() {
        return id;
    }

    UUID walletId() {
        return walletId;
    }

    long sequence() {
        return sequence;
    }

    EntryType type() {
        return type;
    }

    /** Signed: positive for credits, negative for debits. */
    long amount() {
        return amount;
    }

    /** The points moved, whatever the direction. */
    Points points() {
        return new Points(Math.abs(amount));
    }

    Points balanceAfter() {
        return new Points(balanceAfter);
    }

    UUID operationId() {
        return operationId;
    }

    String reference() {
        return reference;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
