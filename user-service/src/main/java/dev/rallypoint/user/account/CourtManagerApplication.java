package dev.rallypoint.user.account;

import dev.rallypoint.common.event.user.CourtManagerApplicationDecided;
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
import org.springframework.data.domain.AbstractAggregateRoot;

/** A member's request to become a court manager; an admin approves or rejects it once. */
@Entity
@Table(name = "court_manager_application")
class CourtManagerApplication extends AbstractAggregateRoot<CourtManagerApplication> {

    @Id
    private UUID id;

    private UUID accountId;

    private String clubName;

    private String businessNumber;

    private String message;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private UUID decidedBy;

    private String decisionReason;

    private Instant submittedAt;

    private Instant decidedAt;

    @Version
    private long version;

    protected CourtManagerApplication() {
    }

    CourtManagerApplication(UUID accountId, String clubName, String businessNumber, String message, Clock clock) {
        this.id = Uuids.timeOrdered();
        this.accountId = accountId;
        this.clubName = clubName;
        this.businessNumber = businessNumber;
        this.message = message;
        this.status = ApplicationStatus.PENDING;
        this.submittedAt = clock.instant();
    }

    /** Whether this is a pending application with exactly this content: a retry of the request that made it. */
    boolean isPendingWith(String clubName, String businessNumber, String message) {
        return status == ApplicationStatus.PENDING && java.util.Objects.equals(this.clubName, clubName)
                && java.util.Objects.equals(this.businessNumber, businessNumber) && java.util.Objects.equals(this.message, message);
    }

    void approve(UUID adminId, Clock clock) {
        decide(ApplicationStatus.APPROVED, adminId, null, clock);
    }

    void reject(UUID adminId, String reason, Clock clock) {
        decide(ApplicationStatus.REJECTED, adminId, reason, clock);
    }

    private void decide(ApplicationStatus decision, UUID adminId, String reason, Clock clock) {
        if (status != ApplicationStatus.PENDING) {
            throw new ApplicationAlreadyDecided(id, status);
        }
        status = decision;
        decidedBy = adminId;
        decisionReason = reason;
        decidedAt = clock.instant();
        registerEvent(new CourtManagerApplicationDecided(Uuids.timeOrdered(), decidedAt, id, accountId, clubName,
                decision == ApplicationStatus.APPROVED, reason));
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    String clubName() {
        return clubName;
    }

    String businessNumber() {
        return businessNumber;
    }

    String message() {
        return message;
    }

    ApplicationStatus status() {
        return status;
    }

    String decisionReason() {
        return decisionReason;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
