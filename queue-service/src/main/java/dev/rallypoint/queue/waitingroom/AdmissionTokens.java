package dev.rallypoint.queue.waitingroom;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs admission tokens: compact JWS, HS256 with the secret shared with the gateway, header
 * {@code typ: admission+jwt}, claims {@code iss} {@value #ISSUER}, {@code sub} the user, {@code gate},
 * {@code iat}, {@code exp} the end of the admission and {@code jti} the queue token.
 */
final class AdmissionTokens {

    static final String ISSUER = "rallypoint-queue";

    static final JOSEObjectType TYPE = new JOSEObjectType("admission+jwt");

    private final MACSigner signer;

    private final Clock clock;

    AdmissionTokens(String secret, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("rallypoint.queue.admission-secret must be at least 32 bytes");
        }
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        this.clock = clock;
    }

    String sign(UUID user, GateId gate, UUID queueToken, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.toString())
                .claim("gate", gate.value())
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(expiresAt))
                .jwtID(queueToken.toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
        try {
            jwt.sign(signer);
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }
}
