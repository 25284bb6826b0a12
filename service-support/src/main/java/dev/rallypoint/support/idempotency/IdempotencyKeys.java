package dev.rallypoint.support.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored idempotency keys. Claiming a key is one atomic statement, so of any number of
 * concurrent requests with one key exactly one runs.
 */
class IdempotencyKeys {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final IdempotencyProperties properties;

    IdempotencyKeys(JdbcClient jdbc, Clock clock, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Claims the key for this request; true when this request may run. */
    boolean claim(String scope, String key, String fingerprint) {
        Instant now = Instant.now(clock);
        int claimed = jdbc.sql("""
                INSERT INTO idempotency_key (scope, idempotency_key, fingerprint, state, locked_until, created_at, expires_at)
                VALUES (:scope, :key, :fingerprint, 'IN_FLIGHT', :lockedUntil, :now, :expiresAt)
                ON CONFLICT (scope, idempotency_key) DO UPDATE
                    SET fingerprint = EXCLUDED.fingerprint, locked_until = EXCLUDED.locked_until,
                        created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                    WHERE idempotency_key.expires_at < :now
                       OR (idempotency_key.state = 'IN_FLIGHT' AND idempotency_key.locked_until < :now
                           AND idempotency_key.fingerprint = EXCLUDED.fingerprint)""")
                .param("scope", scope)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("lockedUntil", Timestamp.from(now.plus(properties.lease())))
                .param("now", Timestamp.from(now))
                .param("expiresAt", Timestamp.from(now.plus(properties.retention())))
                .update();
        return claimed == 1;
    }

    Optional<StoredKey> find(String scope, String key) {
        return jdbc.sql("""
                SELECT fingerprint, state, response_status, response_type, response_location, response_body
                FROM idempotency_key WHERE scope = ? AND idempotency_key = ?""")
                .params(scope, key)
                .query((row, number) -> new StoredKey(row.getString("fingerprint"), "COMPLETED".equals(row.getString("state")),
                        row.getInt("response_status"), row.getString("response_type"), row.getString("response_location"),
                        row.getBytes("response_body")))
                .optional();
    }

    void complete(String scope, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                UPDATE idempotency_key SET state = 'COMPLETED', response_status = ?, response_type = ?,
                    response_location = ?, response_body = ?
                WHERE scope = ? AND idempotency_key = ?""")
                .params(status, contentType, location, body, scope, key)
                .update();
    }

    void release(String scope, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE scope = ? AND idempotency_key = ? AND state = 'IN_FLIGHT'")
                .params(scope, key)
                .update();
    }

    int purgeExpired() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at < ?").param(Timestamp.from(Instant.now(clock))).update();
    }

    record StoredKey(String fingerprint, boolean completed, int status, String contentType, String location, byte[] body) {
    }
}
