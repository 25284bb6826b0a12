package dev.rallypoint.notification.broadcast;

import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.common.identity.Role;
import dev.rallypoint.notification.audience.ClubAudiences;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.inbox.Inbox;
import dev.rallypoint.notification.member.Members;
import dev.rallypoint.notification.preference.Category;
import dev.rallypoint.support.scheduling.Batches;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans a notification out to an audience in batches of members in id order. Each batch is one
 * transaction that locks the broadcast (another instance skips it meanwhile), writes the batch's
 * notifications and moves the cursor; a crash loses at most the batch in flight, and a batch run again
 * writes nothing twice, because the inbox keeps one notification per recipient and source. A broadcast is
 * run as soon as the transaction that started it commits, and a periodic sweep finishes any left open.
 */
@Component
public class Broadcasts {

    private static final Logger log = LoggerFactory.getLogger(Broadcasts.class);

    private static final TypeReference<List<Object>> ARGUMENTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final Inbox inbox;

    private final Members members;

    private final ClubAudiences clubs;

    private final JsonMapper json;

    private final BroadcastProperties properties;

    private final Clock clock;

    private final Executor runner = Executors.newVirtualThreadPerTaskExecutor();

    Broadcasts(JdbcClient jdbc, TransactionTemplate transactions, Inbox inbox, Members members, ClubAudiences clubs,
            JsonMapper json, BroadcastProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.inbox = inbox;
        this.members = members;
        this.clubs = clubs;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts a broadcast in the caller's transaction, once per source (starting it again returns the same
     * one); it runs once that transaction committed.
     *
     * @param source what it is, e.g. an event id or {@code announcement/<id>}; also the source of every
     *        notification it writes
     * @param template a template of {@code notification-templates}, with plain (string or number) arguments
     */
    public UUID start(String source, Audience audience, Category category, String template, List<Object> arguments,
            String link, UUID createdBy) {
        UUID id = Uuids.timeOrdered(clock);
        jdbc.sql("""
                insert into broadcast (id, source, audience, role, club_id, category, template, arguments, link,
                                       created_by, created_at)
                values (:id, :source, :audience, :role, :club, :category, :template, cast(:arguments as jsonb), :link,
                        :createdBy, :now)
                on conflict (source) do nothing""")
                .param("id", id).param("source", source).param("audience", kind(audience))
                .param("role", audience instanceof Audience.WithRole(Role role) ? role.name() : null)
                .param("club", audience instanceof Audience.OfClub(UUID clubId) ? clubId : null)
                .param("category", category.name()).param("template", template)
                .param("arguments", json.writeValueAsString(arguments)).param("link", link)
                .param("createdBy", createdBy).param("now", Timestamp.from(clock.instant()))
                .update();
        UUID started = jdbc.sql("select id from broadcast where source = :source").param("source", source)
                .query(UUID.class).single();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.execute(() -> run(started));
                }
            });
        }
        else {
            runner.execute(() -> run(started));
        }
        return started;
    }

    /** Runs every open broadcast to its end; answers how many notifications that wrote. */
    public int runOpen() {
        int written = 0;
        for (UUID id : jdbc.sql("select id from broadcast where completed_at is null order by created_at")
                .query(UUID.class).list()) {
            written += run(id);
        }
        return written;
    }

    /** Runs one broadcast to its end (unless another instance is running it); answers how many members it reached. */
    public int run(UUID id) {
        try {
            return Batches.drain(properties.batch(), () -> runBatch(id, properties.batch()));
        }
        catch (RuntimeException ex) {
            log.warn("Broadcast {} stopped, to be resumed: {}", id, ex.toString());
            return 0;
        }
    }

    /** One batch of up to {@code size} members; answers how many members it covered. */
    int runBatch(UUID id, int size) {
        Integer covered = transactions.execute(status -> {
            Optional<Open> locked = jdbc.sql("""
                    select source, audience, role, club_id, category, template, arguments, link, cursor, delivered
                    from broadcast where id = :id and completed_at is null for update skip locked""")
                    .param("id", id)
                    .query((row, index) -> new Open(row.getString("source"), audience(row.getString("audience"),
                            row.getString("role"), row.getObject("club_id", UUID.class)),
                            Category.valueOf(row.getString("category")), row.getString("template"),
                            json.readValue(row.getString("arguments"), ARGUMENTS), row.getString("link"),
                            row.getObject("cursor", UUID.class)))
                    .optional();
            if (locked.isEmpty()) {
                return 0;
            }
            Open broadcast = locked.get();
            List<UUID> recipients = recipients(broadcast.audience(), broadcast.cursor(), size);
            int written = inbox.deliver(recipients.stream()
                    .map(recipient -> new Draft(recipient, broadcast.category(), broadcast.template(), broadcast.arguments(),
                            broadcast.link()))
                    .toList(), broadcast.source());
            Instant now = clock.instant();
            jdbc.sql("""
                    update broadcast set cursor = coalesce(:cursor, cursor), delivered = delivered + :written,
                        completed_at = case when :finished then cast(:now as timestamptz) end
                    where id = :id""")
                    .param("cursor", recipients.isEmpty() ? null : recipients.getLast()).param("written", written)
                    .param("finished", recipients.size() < size).param("now", Timestamp.from(now)).param("id", id)
                    .update();
            if (recipients.size() < size) {
                log.info("Broadcast {} ({}) completed", id, broadcast.source());
            }
            return recipients.size();
        });
        return covered == null ? 0 : covered;
    }

    /** Where a broadcast stands. */
    public Optional<Progress> progress(UUID id) {
        return jdbc.sql("select delivered, completed_at from broadcast where id = :id").param("id", id)
                .query((row, index) -> new Progress(row.getInt("delivered"),
                        row.getTimestamp("completed_at") == null ? null : row.getTimestamp("completed_at").toInstant()))
                .optional();
    }

    private List<UUID> recipients(Audience audience, UUID cursor, int size) {
        return switch (audience) {
            case Audience.Everyone everyone -> members.activeAfter(cursor, null, size);
            case Audience.WithRole(Role role) -> members.activeAfter(cursor, role, size);
            case Audience.OfClub(UUID clubId) -> clubs.membersAfter(clubId, cursor, size);
        };
    }

    private static String kind(Audience audience) {
        return switch (audience) {
            case Audience.Everyone everyone -> "ALL";
            case Audience.WithRole role -> "ROLE";
            case Audience.OfClub club -> "CLUB";
        };
    }

    private static Audience audience(String kind, String role, UUID clubId) {
        return switch (kind) {
            case "ROLE" -> new Audience.WithRole(Role.valueOf(role));
            case "CLUB" -> new Audience.OfClub(clubId);
            default -> new Audience.Everyone();
        };
    }

    /**
     * @param delivered notifications written so far (members who already had it from an earlier run not counted)
     * @param completedAt when the last batch ran; {@code null} while running
     */
    public record Progress(int delivered, Instant completedAt) {
    }

    private record Open(String source, Audience audience, Category category, String template, List<Object> arguments,
            String link, UUID cursor) {
    }
}
