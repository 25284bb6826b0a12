package dev.rallypoint.notification.delivery;

import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.notification.inbox.NotificationsCreated;
import dev.rallypoint.notification.inbox.NotificationView;
import dev.rallypoint.notification.preference.ChannelType;
import dev.rallypoint.notification.preference.Preferences;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue of messages to external channels. A new notification queues one message per channel its
 * recipient chose for its category and has an address for, in the transaction that wrote it; SMS and
 * push written during the recipient's quiet hours wait until they end.
 */
@Component
class Deliveries {

    private final JdbcClient jdbc;

    private final Clock clock;

    Deliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(NotificationsCreated created) {
        Instant now = clock.instant();
        for (NotificationsCreated.Created one : created.notifications()) {
            Preferences preferences = one.preferences();
            NotificationView notification = one.notification();
            for (ChannelType channel : preferences.channelsFor(notification.category())) {
                String address = preferences.addressFor(channel, one.email());
                if (address != null) {
                    enqueue(notification, channel, address, preferences, now);
                }
            }
        }
    }

    private void enqueue(NotificationView notification, ChannelType channel, String address, Preferences preferences,
            Instant now) {
        jdbc.sql("""
                insert into delivery (id, notification_id, channel, address, language, subject, body, status,
                                      next_attempt_at, created_at)
                values (:id, :notification, :channel, :address, :language, :subject, :body, 'PENDING', :due, :now)
                on conflict on constraint delivery_once do nothing""")
                .param("id", Uuids.timeOrdered(clock)).param("notification", notification.id())
                .param("channel", channel.name()).param("address", address)
                .param("language", preferences.language().getLanguage()).param("subject", notification.title())
                .param("body", notification.body())
                .param("due", Timestamp.from(preferences.releaseOf(channel, now))).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@code batch} due messages: they are leased (not due again until the lease ends) so
     * that no other run sends them meanwhile. Rows another run is claiming are skipped.
     */
    List<Claimed> claim(int batch, Instant leasedUntil) {
        return jdbc.sql("""
                update delivery set next_attempt_at = :leased
                where id in (select id from delivery where status = 'PENDING' and next_attempt_at <= :now
                             order by next_attempt_at limit :batch for update skip locked)
                returning id, channel, address, language, subject, body, attempts""")
                .param("leased", Timestamp.from(leasedUntil)).param("now", Timestamp.from(clock.instant()))
                .param("batch", batch)
                .query((row, index) -> new Claimed(ChannelType.valueOf(row.getString("channel")),
                        new Channel.Message(row.getObject("id", UUID.class), row.getString("address"),
                                row.getString("language"), row.getString("subject"), row.getString("body")),
                        row.getInt("attempts")))
                .list();
    }

    void sent(UUID id) {
        jdbc.sql("update delivery set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", id)
                .update();
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is {@code null}. */
    void failed(UUID id, String error, Instant retryAt) {
        jdbc.sql("""
                update delivery set attempts = attempts + 1, last_error = :error,
                    status = case when cast(:retry as timestamptz) is null then 'FAILED' else 'PENDING' end,
                    next_attempt_at = coalesce(cast(:retry as timestamptz), next_attempt_at)
                where id = :id""")
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("retry", retryAt == null ? null : Timestamp.from(retryAt)).param("id", id)
                .update();
    }

    record Claimed(ChannelType channel, Channel.Message message, int attempts) {
    }
}
