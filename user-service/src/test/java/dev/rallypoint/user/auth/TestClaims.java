package dev.rallypoint.user.auth;

import java.util.List;

/** Reads claims of tokens in tests of other packages. */
public final class TestClaims {

    private TestClaims() {
    }

    public static List<String> roles(String token) {
        return AccessTokenClaims.roles(token);
    }
}
