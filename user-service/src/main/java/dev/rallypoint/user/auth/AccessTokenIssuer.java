package dev.rallypoint.user.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.common.identity.Role;
import dev.rallypoint.support.security.AccessTokens;
import dev.rallypoint.support.security.SecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Signs RFC 9068 access tokens ({@code typ: at+jwt}, RS256, {@code kid}) with the current signing
 * key, carrying exactly what {@link AccessTokens} checks: issuer, audience, subject, roles, lifetime.
 */
@Component
class AccessTokenIssuer {

    static final String CLIENT_ID = "rallypoint";

    private final SigningKeys keys;

    private final SecurityProperties security;

    private final Clock clock;

    AccessTokenIssuer(SigningKeys keys, SecurityProperties security, Clock clock) {
        this.keys = keys;
        this.security = security;
        this.clock = clock;
    }

    /**
     * A signed access token for the subject: a user id, or {@code service:<name>}.
     *
     * @param emailVerified the user's {@code email_verified}; {@code null} for a service
     */
    String issue(String subject, Collection<Role> roles, Boolean emailVerified, Duration lifetime) {
        RSAKey key = keys.signingKey();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(security.issuer())
                .audience(security.audience())
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(Uuids.timeOrdered().toString())
                .claim("client_id", CLIENT_ID)
                .claim(AccessTokens.ROLES, roles.stream().map(Role::name).sorted().toList())
                .claim(AccessTokens.EMAIL_VERIFIED, emailVerified)
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(AccessTokens.TYPE))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }
}
