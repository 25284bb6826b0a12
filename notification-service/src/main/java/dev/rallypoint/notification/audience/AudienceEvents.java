package dev.rallypoint.notification.audience;

import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.common.event.court.SeatReserved;
import dev.rallypoint.common.event.notice.ClubFollowed;
import dev.rallypoint.common.event.notice.ClubUnfollowed;
import dev.rallypoint.notification.member.MemberWithdrawn;
import dev.rallypoint.support.messaging.ProcessedEvents;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps club audiences from the follows of notice-service and the bookings of court-service (a confirmed
 * court reservation, a reserved seat), each event once. Its own consumer group, apart from the
 * notifications the same booking events cause.
 */
@Component
@EnableConfigurationProperties(ClubAudiences.AudienceProperties.class)
class AudienceEvents {

    static final String GROUP = "notification-service.audiences";

    private final ProcessedEvents processed;

    private final ClubAudiences audiences;

    AudienceEvents(ProcessedEvents processed, ClubAudiences audiences) {
        this.processed = processed;
        this.audiences = audiences;
    }

    @KafkaListener(topics = "notice.club-followed", groupId = GROUP)
    void on(ClubFollowed followed) {
        processed.once(followed, "notification.audiences.club-followed",
                () -> audiences.followed(followed.clubId(), followed.aggregateId(), followed.occurredAt()));
    }

    @KafkaListener(topics = "notice.club-unfollowed", groupId = GROUP)
    void on(ClubUnfollowed unfollowed) {
        processed.once(unfollowed, "notification.audiences.club-unfollowed",
                () -> audiences.unfollowed(unfollowed.clubId(), unfollowed.aggregateId()));
    }

    @KafkaListener(topics = "court.reservation-confirmed", groupId = GROUP)
    void on(ReservationConfirmed confirmed) {
        processed.once(confirmed, "notification.audiences.reservation-confirmed",
                () -> audiences.booked(confirmed.clubId(), confirmed.memberId(), confirmed.occurredAt()));
    }

    @KafkaListener(topics = "court.seat-reserved", groupId = GROUP)
    void on(SeatReserved reserved) {
        processed.once(reserved, "notification.audiences.seat-reserved",
                () -> audiences.booked(reserved.clubId(), reserved.memberId(), reserved.occurredAt()));
    }

    @EventListener
    void on(MemberWithdrawn withdrawn) {
        audiences.forget(withdrawn.memberId());
    }
}
