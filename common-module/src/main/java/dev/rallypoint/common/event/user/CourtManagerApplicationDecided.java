package dev.rallypoint.common.event.user;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * An admin approved or rejected a member's application to manage courts. An approval also changes the
 * member's roles ({@link UserRoleChanged}).
 *
 * @param aggregateId the application id
 * @param userId the applicant
 * @param clubName the club the applicant named
 * @param approved whether the application was approved
 * @param reason the admin's reason for a rejection; {@code null} for an approval
 */
@Topic("user.court-manager-application-decided")
public record CourtManagerApplicationDecided(UUID eventId, Instant occurredAt, UUID aggregateId, UUID userId,
        String clubName, boolean approved, String reason) implements IntegrationEvent {
}
