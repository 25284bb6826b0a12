package dev.rallypoint.user.auth;

/**
 * What a login or a refresh returns.
 *
 * @param accessToken a bearer token for every service, valid {@code expiresIn} seconds
 * @param refreshToken good for one refresh; keep it secret
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

    static TokenResponse bearer(String accessToken, long expiresIn, String refreshToken) {
        return new TokenResponse(accessToken, "Bearer", expiresIn, refreshToken);
    }
}
