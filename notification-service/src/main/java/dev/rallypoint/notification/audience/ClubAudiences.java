package dev.rallypoint.notification.audience;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who hears about a club: its followers, and the members with a reservation there in the recent window
 * (90 days by default, counted back from now on every read). A read model: written only by events.
 */
@Component
public class ClubAudiences {

    private final JdbcClient jdbc;

    private final Duration recentBookers;

    private final Clock clock;

    ClubAudiences(JdbcClient jdbc, AudienceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.recentBookers = properties.recentBookers();
        this.clock = clock;
    }

    /** Up to {@code limit} members of the club's audience after {@code cursor} in id order, suspended ones left out. */
    public List<UUID> membersAfter(UUID clubId, UUID cursor, int limit) {
        return jdbc.sql("""
                select audience.member_id from (
                    select member_id from club_follower where club_id = :club
                    union
                    select member_id from club_booker where club_id = :club and last_booked_at >= :since
                ) audience
                where (cast(:cursor as uuid) is null or audience.member_id > :cursor)
                  and not exists (select 1 from member m where m.id = audience.member_id and m.suspended)
                order by audience.member_id limit :limit""")
                .param("club", clubId).param("since", Timestamp.from(clock.instant().minus(recentBookers)))
                .param("cursor", cursor).param("limit", limit)
                .query(UUID.class)
                .list();
    }

    void followed(UUID clubId, UUID memberId, Instant at) {
        jdbc.sql("insert into club_follower (club_id, member_id, followed_at) values (:club, :member, :at) on conflict do nothing")
                .param("club", clubId).param("member", memberId).param("at", Timestamp.from(at))
                .update();
    }

    void unfollowed(UUID clubId, UUID memberId) {
        jdbc.sql("delete from club_follower where club_id = :club and member_id = :member")
                .param("club", clubId).param("member", memberId)
                .update();
    }

    /** A member booked at the club at {@code at}; the latest booking is kept. */
    void booked(UUID clubId, UUID memberId, Instant at) {
        jdbc.sql("""
                insert into club_booker (club_id, member_id, last_booked_at) values (:club, :member, :at)
                on conflict (club_id, member_id) do update set last_booked_at = greatest(club_booker.last_booked_at, excluded.last_booked_at)""")
                .param("club", clubId).param("member", memberId).param("at", Timestamp.from(at))
                .update();
    }

    void forget(UUID memberId) {
        jdbc.sql("delete from club_follower where member_id = :member").param("member", memberId).update();
        jdbc.sql("delete from club_booker where member_id = :member").param("member", memberId).update();
    }

    /** @param recentBookers how far back a reservation at a club makes its member part of the club's audience */
    @ConfigurationProperties("rallypoint.notification.audience")
    record AudienceProperties(@DefaultValue("90d") Duration recentBookers) {
    }
}
