package dev.rallypoint.court.club;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** One court of a club, with what it is played on and its base price per slot in points. */
@Entity
@Table(name = "court")
public class Court {

    @Id
    private UUID id;

    private UUID clubId;

    private String name;

    @Enumerated(EnumType.STRING)
    private Surface surface;

    private boolean indoor;

    private long basePrice;

    private boolean active;

    private Instant createdAt;

    @Version
    private long version;

    protected Court() {
    }

    private Court(UUID id, UUID clubId, CourtSpec spec, Instant createdAt) {
        this.id = id;
        this.clubId = clubId;
        this.active = true;
        this.createdAt = createdAt;
        specify(spec);
    }

    public static Court add(Club club, CourtSpec spec, Clock clock) {
        return new Court(Uuids.timeOrdered(clock), club.id(), spec, clock.instant());
    }

    public void specify(CourtSpec spec) {
        this.name = spec.name();
        this.surface = spec.surface();
        this.indoor = spec.indoor();
        this.basePrice = spec.basePrice();
    }

    /** Takes the court out of booking; its history stays. */
    public void retire() {
        this.active = false;
    }

    public UUID id() {
        return id;
    }

    public UUID clubId() {
        return clubId;
    }

    public CourtSpec spec() {
        return new CourtSpec(name, surface, indoor, basePrice);
    }

    public boolean isActive() {
        return active;
    }
}
