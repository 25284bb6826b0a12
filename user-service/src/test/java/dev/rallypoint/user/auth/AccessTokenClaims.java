package dev.rallypoint.user.auth;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.List;

final class AccessTokenClaims {

    private AccessTokenClaims() {
    }

    static List<String> roles(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles");
        }
        catch (ParseException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    static String keyId(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        }
        catch (ParseException ex) {
            throw new IllegalArgumentException(ex);
        }
    }
}
