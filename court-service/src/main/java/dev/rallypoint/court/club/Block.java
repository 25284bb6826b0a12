package dev.rallypoint.court.club;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A time during which a court cannot be booked: maintenance, a club event. */
@Entity
@Table(name = "court_block")
public class Block {

    @Id
    private UUID id;

    private UUID courtId;

    private UUID clubId;

    @Enumerated(EnumType.STRING)
    private BlockReason reason;

    private String note;

    private Instant startsAt;

    private Instant endsAt;

    private UUID createdBy;

    private Instant createdAt;

    protected Block() {
    }

    private Block(UUID id, Court court, TimeRange range, BlockReason reason, String note, UUID createdBy, Instant createdAt) {
        this.id = id;
        this.courtId = court.id();
        this.clubId = court.clubId();
        this.reason = reason;
        this.note = note;
        this.startsAt = range.start();
        this.endsAt = range.end();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static Block of(Court court, TimeRange range, BlockReason reason, String note, UUID createdBy, Clock clock) {
        return new Block(Uuids.timeOrdered(clock), court, range, reason, note, createdBy, clock.instant());
    }

    public UUID id() {
        return id;
    }

    public UUID courtId() {
        return courtId;
    }

    public UUID clubId() {
        return clubId;
    }

    public BlockReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public TimeRange range() {
        return new TimeRange(startsAt, endsAt);
    }
}
