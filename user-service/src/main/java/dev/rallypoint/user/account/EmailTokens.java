package dev.rallypoint.user.account;

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
 * One-time tokens sent by e-mail (256 random bits, stored as SHA-256 only): short-lived, spent in
 * one conditional update so that of two uses only one succeeds, and good only while the account
 * still has the address the token was sent to. A new token of a purpose voids the older ones.
 * Callers run these in a transaction.
 */
@Component
class EmailTokens {

    enum Purpose {
        VERIFY_EMAIL, RESET_PASSWORD
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    private final Clock clock;

    EmailTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the account's current address; {@code passwordHash} travels with a verification. */
    String issue(UserAccount account, Purpose purpose, Duration lifetime, String passwordHash) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE email_token SET used_at = ? WHERE account_id = ? AND purpose = ? AND used_at IS NULL")
                .params(Timestamp.from(now), account.id(), purpose.name())
                .update();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                INSERT INTO email_token (token_hash, account_id, purpose, email, password_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(token), account.id(), purpose.name(), account.email(), passwordHash, Timestamp.from(now),
                        Timestamp.from(now.plus(lifetime)))
                .update();
        return token;
    }

    /** Spends a token: the account it was for, empty when it is unknown, used, expired or its address changed. */
    Optional<Spent> spend(String token, Purpose purpose) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE email_token t SET used_at = :now
                FROM user_account a
                WHERE t.token_hash = :hash AND t.purpose = :purpose AND t.used_at IS NULL AND t.expires_at > :now
                  AND a.id = t.account_id AND a.email = t.email
                RETURNING t.account_id, t.password_hash""")
                .param("now", Timestamp.from(now))
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query((rs, row) -> new Spent(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    /** Forgets tokens that expired more than a day ago. */
    int purge() {
        return jdbc.sql("DELETE FROM email_token WHERE expires_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Spent(UUID accountId, String passwordHash) {
    }
}
