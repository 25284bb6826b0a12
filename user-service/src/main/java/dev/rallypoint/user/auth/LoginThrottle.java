package dev.rallypoint.user.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits login attempts per login name, whether an account has that name or not: each attempt is
 * counted before the password is checked (so parallel guesses count too), a success clears the
 * count, and attempts beyond the maximum within the window are refused until the window ends.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;

    private final TokenProperties.Login settings;

    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, TokenProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.login();
        this.clock = clock;
    }

    /** Counts an attempt; when it is one too many, how long until the next may be made. */
    Optional<Duration> attempt(String login) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(settings.window());
        Attempts attempts = jdbc.sql("""
                INSERT INTO login_throttle (login, attempts, window_started_at) VALUES (:login, 1, :now)
                ON CONFLICT (login) DO UPDATE SET
                    attempts = CASE WHEN login_throttle.window_started_at <= :windowStart THEN 1 ELSE login_throttle.attempts + 1 END,
                    window_started_at = CASE WHEN login_throttle.window_started_at <= :windowStart THEN :now ELSE login_throttle.window_started_at END
                RETURNING attempts, window_started_at""")
                .param("login", key(login))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(windowStart))
                .query((rs, row) -> new Attempts(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .single();
        if (attempts.count() <= settings.maxAttempts()) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, attempts.windowStartedAt().plus(settings.window()));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    void succeeded(String login) {
        jdbc.sql("DELETE FROM login_throttle WHERE login = ?").param(key(login)).update();
    }

    /** Forgets counts whose window ended. */
    int purge() {
        return jdbc.sql("DELETE FROM login_throttle WHERE window_started_at < ?")
                .param(Timestamp.from(clock.instant().minus(settings.window())))
                .update();
    }

    private static String key(String login) {
        String normalized = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return normalized.length() > 254 ? normalized.substring(0, 254) : normalized;
    }

    private record Attempts(int count, Instant windowStartedAt) {
    }
}
