package dev.rallypoint.support.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service trusts access tokens, and how it gets one for system work.
 *
 * @param jwkSetUri where user-service publishes its signing keys
 * @param issuer the {@code iss} every access token must carry
 * @param audience the {@code aud} every access token must carry
 * @param jwksCacheTtl how long fetched keys are trusted before the key set is fetched again; a key
 *        user-service retires stops working at most this long after it leaves the key set
 * @param clockSkew tolerance for {@code exp} and {@code nbf}
 * @param publicPaths endpoints that need no token, as {@code "GET /api/v1/courts/**"} or {@code "/path/**"}
 * @param serviceClient this service's credentials for service tokens (system work with no user)
 * @param verifiedEmailPaths endpoints (as {@code publicPaths}) a user may call only with a confirmed
 *        e-mail address: booking and paying; service tokens pass
 */
@ConfigurationProperties("rallypoint.security")
public record SecurityProperties(
        @DefaultValue("http://127.0.0.1:8081/.well-known/jwks.json") URI jwkSetUri,
        @DefaultValue("https://rallypoint.dev/auth") String issuer,
        @DefaultValue("rallypoint-api") String audience,
        @DefaultValue("5m") Duration jwksCacheTtl,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue List<String> publicPaths,
        @DefaultValue ServiceClient serviceClient,
        @DefaultValue List<String> verifiedEmailPaths) {

    /**
     * @param id client id registered with user-service; service tokens are off when blank
     * @param secret its secret
     * @param tokenUri user-service's service token endpoint
     */
    public record ServiceClient(String id, String secret,
            @DefaultValue("http://127.0.0.1:8081/api/v1/auth/service-tokens") URI tokenUri) {

        public boolean configured() {
            return id != null && !id.isBlank();
        }
    }
}
