package dev.rallypoint.court.walkin;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A party that left a final call unanswered, on its club's no-show list until the desk removes it. */
@Entity
@Table(name = "walk_in_no_show")
class NoShow {

    @Id
    private UUID id;

    private UUID clubId;

    private UUID walkInId;

    private UUID memberId;

    private String phone;

    private Instant recordedAt;

    protected NoShow() {
    }

    static NoShow of(WalkIn walkIn, Clock clock) {
        NoShow noShow = new NoShow();
        noShow.id = Uuids.timeOrdered(clock);
        noShow.clubId = walkIn.clubId();
        noShow.walkInId = walkIn.id();
        noShow.memberId = walkIn.memberId().orElse(null);
        noShow.phone = walkIn.phone();
        noShow.recordedAt = clock.instant();
        return noShow;
    }

    UUID id() {
        return id;
    }

    UUID clubId() {
        return clubId;
    }

    UUID walkInId() {
        return walkInId;
    }

    UUID memberId() {
        return memberId;
    }

    String phone() {
        return phone;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
