package dev.rallypoint.user.auth;

import dev.rallypoint.common.id.Uuids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes and grouped in families (one per login). A
 * token is good for one rotation; presenting it again is taken as theft and revokes its family,
 * unless it is a retry within the reuse grace.
 * Callers run these in a transaction.
 */
@Component
class RefreshTokens {

    static final String PREFIX = "rt_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    private final TokenProperties properties;

    private final Clock clock;

    RefreshTokens(JdbcClient jdbc, TokenProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new family for a login, with its first token. */
    String startFamily(UUID accountId) {
        Instant now = clock.instant();
        UUID family = Uuids.timeOrdered();
        jdbc.sql("INSERT INTO refresh_family (id, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(family, accountId, Timestamp.from(now), Timestamp.from(now.plus(properties.sessionLifetime())))
                .update();
        return issue(family, now);
    }

    /**
     * Marks the token used and returns its family and account, in one conditional update: of two
     * concurrent rotations of one token only one finds it unused (the other waits for it to commit).
     * A token rotated before is either a retry within the reuse grace, answered with the pair its
     * rotation gave ({@link #remember}), or reuse: its family is revoked.
     */
    Outcome rotate(String token) {
        Instant now = clock.instant();
        byte[] hash = hash(token);
        Optional<Rotated> rotated = jdbc.sql("""
                UPDATE refresh_token t SET rotated_at = :now
                FROM refresh_family f
                WHERE t.token_hash = :hash AND t.rotated_at IS NULL AND t.expires_at > :now
                  AND f.id = t.family_id AND f.revoked_at IS NULL AND f.expires_at > :now
                RETURNING t.family_id, f.account_id""")
                .param("now", Timestamp.from(now))
                .param("hash", hash)
                .query((rs, row) -> new Rotated(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null))
                .optional();
        if (rotated.isPresent()) {
            Rotated rotation = rotated.get();
            return new Rotated(rotation.family(), rotation.accountId(), issue(rotation.family(), now));
        }
        Optional<byte[]> answer = jdbc.sql("""
                SELECT t.grace_answer FROM refresh_token t
                JOIN refresh_family f ON f.id = t.family_id
                JOIN refresh_token successor ON successor.token_hash = t.successor_hash
                WHERE t.token_hash = :hash AND t.rotated_at > :graceStart AND t.grace_answer IS NOT NULL
                  AND successor.rotated_at IS NULL AND f.revoked_at IS NULL AND f.expires_at > :now""")
                .param("hash", hash)
                .param("graceStart", Timestamp.from(now.minus(properties.reuseGrace())))
                .param("now", Timestamp.from(now))
                .query(byte[].class)
                .optional();
        if (answer.isPresent()) {
            return new Replayed(GraceSeal.open(token, answer.get()));
        }
        jdbc.sql("""
                UPDATE refresh_family SET revoked_at = :now, revoke_reason = 'REUSE'
                WHERE revoked_at IS NULL AND id = (SELECT family_id FROM refresh_token WHERE token_hash = :hash AND rotated_at IS NOT NULL)""")
                .param("now", Timestamp.from(now))
                .param("hash", hash)
                .update();
        return new Refused();
    }

    /** Keeps, for the reuse grace, the pair a rotation of {@code token} answered, sealed under the token. */
    void remember(String token, TokenResponse answer) {
        jdbc.sql("UPDATE refresh_token SET successor_hash = ?, grace_answer = ? WHERE token_hash = ?")
                .params(hash(answer.refreshToken()), GraceSeal.seal(token, answer), hash(token))
                .update();
    }

    /** Revokes the family the token belongs to, whatever state the token is in. */
    void revokeFamilyOf(String token, String reason) {
        jdbc.sql("""
                UPDATE refresh_family SET revoked_at = ?, revoke_reason = ?
                WHERE revoked_at IS NULL AND id = (SELECT family_id FROM refresh_token WHERE token_hash = ?)""")
                .params(Timestamp.from(clock.instant()), reason, hash(token))
                .update();
    }

    void revokeFamily(UUID family, String reason) {
        jdbc.sql("UPDATE refresh_family SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), reason, family)
                .update();
    }

    /** Ends every session of an account. */
    int revokeAll(UUID accountId, String reason) {
        return jdbc.sql("UPDATE refresh_family SET revoked_at = ?, revoke_reason = ? WHERE account_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), reason, accountId)
                .update();
    }

    /** Forgets sessions that ended (expired or revoked) more than a day ago. */
    int purge() {
        Timestamp dayAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        return jdbc.sql("DELETE FROM refresh_family WHERE expires_at < ? OR revoked_at < ?").params(dayAgo, dayAgo).update()
                + jdbc.sql("DELETE FROM refresh_token WHERE expires_at < ?").param(dayAgo).update();
    }

    private String issue(UUID family, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO refresh_token (token_hash, family_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), family, Timestamp.from(now), Timestamp.from(now.plus(properties.refreshTokenLifetime())))
                .update();
        return token;
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** What presenting a refresh token came to. */
    sealed interface Outcome {
    }

    /** A successful rotation: the family continues with {@code token}. */
    record Rotated(UUID family, UUID accountId, String token) implements Outcome {
    }

    /** A retry within the reuse grace: the pair the rotation answered. */
    record Replayed(TokenResponse answer) implements Outcome {
    }

    /** Not good (unknown, expired, revoked), or reused after the grace: the family is revoked. */
    record Refused() implements Outcome {
    }
}
