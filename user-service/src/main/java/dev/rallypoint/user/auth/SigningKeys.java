package dev.rallypoint.user.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys that sign access tokens, kept in the database so every instance signs with the same
 * key and a restart keeps them. The newest unretired key signs; a retired key stays published for
 * the grace period, then leaves the JWKS and its tokens stop being accepted.
 */
@Component
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** How long an instance works from what it read before looking at the database again. */
    private static final Duration CACHE = Duration.ofSeconds(5);

    /** Serializes key creation and rotation across instances. */
    private static final long LOCK = 0x5349474E4B455953L;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final TokenProperties.SigningKeys settings;

    private final KeyCipher cipher;

    private final Clock clock;

    private volatile Snapshot snapshot;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, TokenProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = properties.signingKeys();
        this.cipher = new KeyCipher(settings.encryptionSecret());
        this.clock = clock;
    }

    /** The key that signs new tokens. */
    RSAKey signingKey() {
        return snapshot().signing();
    }

    /** The public keys tokens may be verified with: the signing key and retired keys still in grace. */
    JWKSet published() {
        return snapshot().published();
    }

    /** Reads the keys again now (e.g. for a token naming a key this instance has not seen yet). */
    synchronized Snapshot reload() {
        Instant now = clock.instant();
        Optional<RSAKey> signing = currentKey();
        if (signing.isEmpty()) {
            transactions.executeWithoutResult(status -> {
                lock();
                if (currentKey().isEmpty()) {
                    insertNewKey(now);
                }
            });
            signing = currentKey();
        }
        List<JWK> published = jdbc.sql("SELECT public_jwk FROM signing_key WHERE expires_at IS NULL OR expires_at > ? ORDER BY created_at DESC")
                .param(Timestamp.from(now))
                .query(String.class)
                .list()
                .stream()
                .map(SigningKeys::parse)
                .toList();
        snapshot = new Snapshot(signing.orElseThrow(), new JWKSet(published), now);
        return snapshot;
    }

    /** Retires the signing key now and signs with a new one from now on. */
    String rotate() {
        Instant now = clock.instant();
        String kid = transactions.execute(status -> {
            lock();
            jdbc.sql("UPDATE signing_key SET retired_at = ?, expires_at = ? WHERE retired_at IS NULL")
                    .params(Timestamp.from(now), Timestamp.from(now.plus(settings.grace())))
                    .update();
            return insertNewKey(now);
        });
        log.info("Rotated the token signing key; signing with {} now", kid);
        reload();
        return kid;
    }

    /** Rotates the key when it is old enough and forgets keys whose grace period ended long ago. */
    void maintain() {
        Instant now = clock.instant();
        Instant createdAt = jdbc.sql("SELECT max(created_at) FROM signing_key WHERE retired_at IS NULL")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
        if (createdAt != null && !createdAt.plus(settings.rotateEvery()).isAfter(now)) {
            rotate();
        }
        jdbc.sql("DELETE FROM signing_key WHERE expires_at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        reload();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(CACHE).isBefore(clock.instant())) {
            current = reload();
        }
        return current;
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
    }

    private Optional<RSAKey> currentKey() {
        return jdbc.sql("SELECT public_jwk, private_key FROM signing_key WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1")
                .query((rs, row) -> withPrivateKey(parse(rs.getString(1)).toRSAKey(), cipher.decrypt(rs.getBytes(2))))
                .optional();
    }

    private String insertNewKey(Instant now) {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .issueTime(Date.from(now))
                    .generate();
            jdbc.sql("INSERT INTO signing_key (kid, public_jwk, private_key, created_at) VALUES (?, ?, ?, ?)")
                    .params(key.getKeyID(), key.toPublicJWK().toJSONString(),
                            cipher.encrypt(key.toRSAPrivateKey().getEncoded()), Timestamp.from(now))
                    .update();
            return key.getKeyID();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static RSAKey withPrivateKey(RSAKey publicKey, byte[] pkcs8) {
        try {
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        }
        catch (ParseException ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Snapshot(RSAKey signing, JWKSet published, Instant loadedAt) {
    }
}
