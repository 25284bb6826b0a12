package dev.rallypoint.notice.follow;

import dev.rallypoint.common.event.notice.ClubFollowed;
import dev.rallypoint.common.event.notice.ClubUnfollowed;
import dev.rallypoint.common.id.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows which club. Following twice, or unfollowing a club one does not follow, changes nothing and
 * announces nothing; a change is announced through the outbox in its transaction.
 */
@Component
class ClubFollows {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ClubFollows(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void follow(UUID memberId, UUID clubId) {
        int added = jdbc.sql("insert into club_follow (club_id, member_id, followed_at) values (:club, :member, :now) on conflict do nothing")
                .param("club", clubId).param("member", memberId).param("now", Timestamp.from(clock.instant()))
                .update();
        if (added == 1) {
            events.publishEvent(new ClubFollowed(Uuids.timeOrdered(clock), clock.instant(), memberId, clubId));
        }
    }

    @Transactional
    void unfollow(UUID memberId, UUID clubId) {
        int removed = jdbc.sql("delete from club_follow where club_id = :club and member_id = :member")
                .param("club", clubId).param("member", memberId)
                .update();
        if (removed == 1) {
            events.publishEvent(new ClubUnfollowed(Uuids.timeOrdered(clock), clock.instant(), memberId, clubId));
        }
    }

    boolean follows(UUID memberId, UUID clubId) {
        return jdbc.sql("select count(*) from club_follow where club_id = :club and member_id = :member")
                .param("club", clubId).param("member", memberId).query(Long.class).single() > 0;
    }
}
