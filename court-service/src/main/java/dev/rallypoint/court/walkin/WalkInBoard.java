package dev.rallypoint.court.walkin;

import dev.rallypoint.court.CourtKeys;
import dev.rallypoint.support.redis.RedisBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Redis mirror of the active walk-ins that status polls read: one hash per entry and one sorted
 * set per club day ordered by ticket, so a party's position is one rank lookup. Written after the
 * database committed; a miss (Redis lost, or an ended entry) sends the reader to the database.
 * <p>
 * When Redis does not answer, the board is skipped for a few seconds after the first time-out (a
 * breaker), so a request pays at most one Redis time-out instead of one per call. Entries whose
 * mirroring failed or was skipped are kept here and written again with the first call Redis answers,
 * so the board does not go on showing a state the database has left.
 */
@Component
class WalkInBoard {

    private static final Logger log = LoggerFactory.getLogger(WalkInBoard.class);

    private static final Duration KEEP = Duration.ofHours(36);

    private final RedissonClient redisson;

    private final String prefix;

    private final RedisBreaker breaker = new RedisBreaker(Duration.ofSeconds(2), 1);

    /** The latest state of the entries not mirrored because Redis did not answer. */
    private final Map<UUID, WalkIn> unmirrored = new ConcurrentHashMap<>();

    WalkInBoard(RedissonClient redisson, CourtKeys keys) {
        this.redisson = redisson;
        this.prefix = keys.prefix() + "walk-in:";
    }

    /** Mirrors an entry: an active one is put on its club's board, an ended one taken off. */
    void show(WalkIn walkIn) {
        if (!breaker.permits()) {
            unmirrored.put(walkIn.id(), walkIn);
            log.debug("Walk-in {} not mirrored: Redis failed a moment ago", walkIn.id());
            return;
        }
        if (mirror(walkIn)) {
            catchUp();
        }
    }

    private boolean mirror(WalkIn walkIn) {
        String queue = queue(walkIn.clubId(), walkIn.businessDate().toString());
        try {
            RBatch batch = redisson.createBatch();
            if (walkIn.status().isActive()) {
                batch.getMap(entry(walkIn.id()), StringCodec.INSTANCE).putAllAsync(Map.of(
                        "club", walkIn.clubId().toString(), "date", walkIn.businessDate().toString(),
                        "ticket", Integer.toString(walkIn.ticket()), "status", walkIn.status().name(),
                        "member", walkIn.memberId().map(UUID::toString).orElse(""),
                        "partySize", Integer.toString(walkIn.partySize()),
                        "answerDue", walkIn.answerDue() == null ? "" : walkIn.answerDue().toString(),
                        "expectedArrival", walkIn.expectedArrival() == null ? "" : walkIn.expectedArrival().toString(),
                        "createdAt", walkIn.createdAt().toString()));
                batch.getMap(entry(walkIn.id()), StringCodec.INSTANCE).expireAsync(KEEP);
                batch.getScoredSortedSet(queue, StringCodec.INSTANCE).addAsync(walkIn.ticket(), walkIn.id().toString());
                batch.getScoredSortedSet(queue, StringCodec.INSTANCE).expireAsync(KEEP);
            }
            else {
                batch.getMap(entry(walkIn.id()), StringCodec.INSTANCE).deleteAsync();
                batch.getScoredSortedSet(queue, StringCodec.INSTANCE).removeAsync(walkIn.id().toString());
            }
            batch.execute();
            breaker.succeeded();
            unmirrored.remove(walkIn.id(), walkIn);
            return true;
        }
        catch (RuntimeException ex) {
            failed(ex);
            unmirrored.put(walkIn.id(), walkIn);
            log.warn("Walk-in {} not mirrored in Redis, readers fall back to the database: {}", walkIn.id(), ex.toString());
            return false;
        }
    }

    /** Writes again what an outage kept off the board, now that Redis answers. */
    private void catchUp() {
        for (WalkIn pending : unmirrored.values()) {
            if (!mirror(pending)) {
                return;
            }
        }
    }

    /** An active entry as the board shows it, with its position; empty when the board does not know it. */
    Optional<Posted> read(UUID walkInId) {
        if (!breaker.permits()) {
            return Optional.empty();
        }
        if (!unmirrored.isEmpty()) {
            catchUp();
            if (unmirrored.containsKey(walkInId)) {
                return Optional.empty();
            }
        }
        try {
            Map<String, String> fields = redisson.<String, String>getMap(entry(walkInId), StringCodec.INSTANCE).readAllMap();
            if (fields.isEmpty()) {
                breaker.succeeded();
                return Optional.empty();
            }
            Integer rank = redisson.getScoredSortedSet(queue(UUID.fromString(fields.get("club")), fields.get("date")),
                    StringCodec.INSTANCE).rank(walkInId.toString());
            if (rank == null) {
                breaker.succeeded();
                return Optional.empty();
            }
            Integer minutesPerParty = minutesPerParty(UUID.fromString(fields.get("club")));
            breaker.succeeded();
            return Optional.of(new Posted(walkInId, UUID.fromString(fields.get("club")), Integer.parseInt(fields.get("ticket")),
                    WalkInStatus.valueOf(fields.get("status")),
                    fields.get("member").isEmpty() ? null : UUID.fromString(fields.get("member")),
                    Integer.parseInt(fields.get("partySize")), rank + 1, instant(fields.get("answerDue")),
                    instant(fields.get("expectedArrival")), Instant.parse(fields.get("createdAt")), minutesPerParty));
        }
        catch (RuntimeException ex) {
            failed(ex);
            log.warn("Walk-in board unavailable, reading {} from the database: {}", walkInId, ex.toString());
            return Optional.empty();
        }
    }

    /** Remembers a club's current turnover for the estimates polls show. */
    void turnover(UUID clubId, int minutesPerParty) {
        if (!breaker.permits()) {
            return;
        }
        try {
            redisson.getBucket(prefix + "turnover:" + clubId, StringCodec.INSTANCE).set(Integer.toString(minutesPerParty), KEEP);
            breaker.succeeded();
        }
        catch (RuntimeException ex) {
            failed(ex);
            log.warn("Turnover of club {} not kept in Redis: {}", clubId, ex.toString());
        }
    }

    private Integer minutesPerParty(UUID clubId) {
        Object value = redisson.getBucket(prefix + "turnover:" + clubId, StringCodec.INSTANCE).get();
        return value == null ? null : Integer.valueOf(value.toString());
    }

    /** Redis did not answer (a time-out, a lost connection) or answered something this board cannot read. */
    private void failed(RuntimeException ex) {
        if (ex instanceof org.redisson.client.RedisException) {
            breaker.failed();
        }
        else {
            breaker.succeeded();
        }
    }

    private static Instant instant(String value) {
        return value == null || value.isEmpty() ? null : Instant.parse(value);
    }

    private String entry(UUID walkInId) {
        return prefix + "entry:" + walkInId;
    }

    private String queue(UUID clubId, String date) {
        return prefix + "queue:" + clubId + ":" + date;
    }

    /** An active entry read from the board; {@code minutesPerParty} is null until the club's turnover is known. */
    record Posted(UUID id, UUID clubId, int ticket, WalkInStatus status, UUID memberId, int partySize, int position,
            Instant answerDue, Instant expectedArrival, Instant createdAt, Integer minutesPerParty) {
    }
}
