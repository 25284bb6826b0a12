package dev.rallypoint.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;

/**
 * Checks an admission token locally, without asking queue-service: a compact JWS signed HS256 with
 * the shared secret, {@code typ: admission+jwt}, issuer {@code rallypoint-queue}, not expired, for
 * exactly this user and gate.
 */
final class AdmissionTokenVerifier {

    private static final JOSEObjectType TYPE = new JOSEObjectType("admission+jwt");

    private final MACVerifier verifier;

    private final Clock clock;

    AdmissionTokenVerifier(String secret, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("rallypoint.gateway.admission.secret must be at least 32 bytes");
        }
        try {
            this.verifier = new MACVerifier(secret.getBytes(StandardCharsets.UTF_8));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        this.clock = clock;
    }

    /** Whether the token admits this user through this gate now. */
    boolean admits(String token, String user, String gate) {
        if (token == null || token.isBlank() || user == null) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.trim());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !TYPE.equals(jwt.getHeader().getType())
                    || !jwt.verify(verifier)) {
                return false;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            return "rallypoint-queue".equals(claims.getIssuer())
                    && expiry != null && expiry.toInstant().isAfter(clock.instant())
                    && user.equals(claims.getSubject())
                    && gate.equals(claims.getClaim("gate"));
        }
        catch (ParseException | JOSEException | RuntimeException ex) {
            return false;
        }
    }
}
