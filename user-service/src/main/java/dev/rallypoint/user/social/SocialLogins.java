package dev.rallypoint.user.social;

import dev.rallypoint.user.account.Accounts;
import dev.rallypoint.user.account.Identity;
import dev.rallypoint.user.account.SocialProfile;
import dev.rallypoint.user.auth.Sessions;
import dev.rallypoint.user.auth.TokenResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The authorization code flow with a provider: start (state and PKCE kept here), complete (code
 * redeemed server to server, account found, linked or created), and the frontend's exchange of the
 * one-time code for our tokens.
 */
@Component
class SocialLogins {

    private static final Logger log = LoggerFactory.getLogger(SocialLogins.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SocialProperties properties;

    private final ProviderClient providers;

    private final Accounts accounts;

    private final Sessions sessions;

    private final JdbcClient jdbc;

    private final Clock clock;

    SocialLogins(SocialProperties properties, ProviderClient providers, Accounts accounts, Sessions sessions,
            JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.providers = providers;
        this.accounts = accounts;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Where to send the browser to log in with the provider; {@code browserNonce} is kept by the
     * browser (a cookie) and must come back with the callback.
     */
    URI start(String providerName, URI redirectUri, String browserNonce) {
        SocialProperties.Provider provider = properties.provider(providerName).orElseThrow(UnknownProvider::new);
        if (redirectUri == null || !properties.allowedRedirectUris().contains(redirectUri)) {
            throw new RedirectUriNotAllowed();
        }
        String state = random();
        String verifier = random();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO social_login_request (state, provider, code_verifier, redirect_uri, created_at, expires_at, browser_binding)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(state, providerName, verifier, redirectUri.toString(), Timestamp.from(now),
                        Timestamp.from(now.plus(properties.requestLifetime())), hash(browserNonce))
                .update();
        return UriComponentsBuilder.fromUri(provider.authorizationUri())
                .queryParam("response_type", "code")
                .queryParam("client_id", provider.clientId())
                .queryParam("redirect_uri", properties.callback(providerName))
                .queryParam("scope", String.join(" ", provider.scopes()))
                .queryParam("state", state)
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .encode()
                .build()
                .toUri();
    }

    /**
     * Finishes a login the provider sent back: where to send the browser, with a one-time code or
     * an error. A state this service did not issue (or used already), or one that comes back in
     * another browser than the one that started the login, is refused.
     */
    URI complete(String providerName, String code, String state, String error, String browserNonce) {
        Instant now = clock.instant();
        Request request = jdbc.sql("""
                DELETE FROM social_login_request WHERE state = ? AND provider = ? AND expires_at > ? AND browser_binding = ?
                RETURNING code_verifier, redirect_uri""")
                .params(state == null ? "" : state, providerName, Timestamp.from(now),
                        hash(browserNonce == null ? "" : browserNonce))
                .query((rs, row) -> new Request(rs.getString(1), URI.create(rs.getString(2))))
                .optional()
                .orElseThrow(InvalidLoginState::new);
        SocialProperties.Provider provider = properties.provider(providerName).orElseThrow(UnknownProvider::new);
        if (error != null || code == null || code.isBlank()) {
            return back(request.redirectUri(), "error", "access_denied");
        }
        SocialProfile profile;
        try {
            profile = providers.profile(providerName, provider, code, properties.callback(providerName), request.codeVerifier());
        }
        catch (ProviderFailure ex) {
            log.warn("Social login with {} failed: {}", providerName, ex.toString());
            return back(request.redirectUri(), "error", "provider_error");
        }
        Identity identity;
        try {
            identity = accounts.signInWithSocial(profile);
        }
        catch (DataIntegrityViolationException ex) {
            // a concurrent first login of the same person linked the account first: use that one
            identity = accounts.signInWithSocial(profile);
        }
        if (!identity.active()) {
            return back(request.redirectUri(), "error", "account_suspended");
        }
        String oneTimeCode = random();
        jdbc.sql("INSERT INTO social_login_code (code_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(oneTimeCode), identity.id(), Timestamp.from(now), Timestamp.from(now.plus(properties.codeLifetime())))
                .update();
        return back(request.redirectUri(), "code", oneTimeCode);
    }

    /** Our tokens for a one-time code; the code is spent whatever happens. */
    @Transactional
    TokenResponse exchange(String code) {
        UUID accountId = jdbc.sql("DELETE FROM social_login_code WHERE code_hash = ? AND expires_at > ? RETURNING account_id")
                .params(hash(code), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional()
                .orElseThrow(InvalidLoginCode::new);
        Identity identity = accounts.identity(accountId).filter(Identity::active).orElseThrow(InvalidLoginCode::new);
        return sessions.open(identity);
    }

    /** Forgets logins that were started or completed but never finished. */
    void purge() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("DELETE FROM social_login_request WHERE expires_at < ?").param(now).update();
        jdbc.sql("DELETE FROM social_login_code WHERE expires_at < ?").param(now).update();
    }

    private static URI back(URI redirectUri, String name, String value) {
        return UriComponentsBuilder.fromUri(redirectUri).queryParam(name, value).encode().build().toUri();
    }

    /** A fresh nonce for a browser starting a login. */
    static String browserNonce() {
        return random();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    private static byte[] hash(String code) {
        return sha256(code);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private record Request(String codeVerifier, URI redirectUri) {
    }
}
