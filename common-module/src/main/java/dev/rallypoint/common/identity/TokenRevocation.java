package dev.rallypoint.common.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * "Tokens of this scope issued before this second are revoked": what user-service (a member
 * suspended, withdrawn or with a new password) and queue-service (an admission paid or left) tell
 * the gateway through Redis. Written as the key {@code <prefix>revoked:<scope>} (value: epoch
 * seconds; kept as long as such a token can live) and published on {@code <prefix>revocations} as
 * {@code "<scope> <epoch seconds>"}. Scopes: {@code user:<id>} for access tokens,
 * {@code admission:<gate>:<user id>} for admission tokens.
 *
 * @param scope whose tokens
 * @param revokedBefore tokens issued ({@code iat}) in an earlier second are refused
 */
public record TokenRevocation(String scope, Instant revokedBefore) {

    public static final String KEY = "revoked:";

    public static final String CHANNEL = "revocations";

    public TokenRevocation {
        Objects.requireNonNull(scope, "scope");
        if (scope.isBlank() || scope.contains(" ")) {
            throw new IllegalArgumentException("A revocation scope has no spaces");
        }
        revokedBefore = Instant.ofEpochSecond(revokedBefore.getEpochSecond());
    }

    /**
     * Every access token of the user issued up to {@code now}, this second included ({@code iat} has
     * whole seconds: a token issued just before the change in the same second must not survive it).
     */
    public static TokenRevocation ofUser(UUID user, Instant now) {
        return new TokenRevocation(userScope(user.toString()), now.plusSeconds(1));
    }

    /** Every admission token of the user for the gate issued up to {@code now}, this second included. */
    public static TokenRevocation ofAdmission(String gate, UUID user, Instant now) {
        return new TokenRevocation(admissionScope(gate, user.toString()), now.plusSeconds(1));
    }

    public static String userScope(String subject) {
        return "user:" + subject;
    }

    public static String admissionScope(String gate, String subject) {
        return "admission:" + gate + ":" + subject;
    }

    public String key(String prefix) {
        return prefix + KEY + scope;
    }

    public String value() {
        return Long.toString(revokedBefore.getEpochSecond());
    }

    public String message() {
        return scope + " " + value();
    }

    /** Whether a token issued at {@code issuedAt} (null: unknown) is refused by this revocation. */
    public boolean revokes(Instant issuedAt) {
        return issuedAt == null || issuedAt.getEpochSecond() < revokedBefore.getEpochSecond();
    }

    /** A published message; empty if it is not one. */
    public static Optional<TokenRevocation> parse(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String[] parts = message.trim().split(" ");
        return parts.length == 2 ? of(parts[0], parts[1]) : Optional.empty();
    }

    /** A stored key and its value; empty if they are not a revocation. */
    public static Optional<TokenRevocation> parse(String prefix, String key, String value) {
        if (key == null || !key.startsWith(prefix + KEY)) {
            return Optional.empty();
        }
        return of(key.substring((prefix + KEY).length()), value);
    }

    private static Optional<TokenRevocation> of(String scope, String epochSeconds) {
        try {
            return Optional.of(new TokenRevocation(scope, Instant.ofEpochSecond(Long.parseLong(epochSeconds.trim()))));
        }
        catch (RuntimeException ex) {
            return Optional.empty();
        }
    }
}
