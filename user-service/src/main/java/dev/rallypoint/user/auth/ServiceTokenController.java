package dev.rallypoint.user.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rallypoint.common.identity.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Short-lived service tokens for system work without a user (OAuth 2 client credentials): the
 * subject is {@code service:<client id>}, the only role SERVICE.
 */
@RestController
class ServiceTokenController {

    private final AccessTokenIssuer issuer;

    private final TokenProperties properties;

    ServiceTokenController(AccessTokenIssuer issuer, TokenProperties properties) {
        this.issuer = issuer;
        this.properties = properties;
    }

    /** Client credentials in HTTP Basic or as {@code client_id}/{@code client_secret} form fields. */
    @PostMapping(path = "/api/v1/auth/service-tokens", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ServiceToken issue(@RequestParam("grant_type") String grantType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "client_secret", required = false) String clientSecret,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (!"client_credentials".equals(grantType)) {
            throw new UnsupportedGrantType();
        }
        String[] basic = basic(authorization);
        String id = basic != null ? basic[0] : clientId;
        String secret = basic != null ? basic[1] : clientSecret;
        if (id == null || secret == null || !matches(properties.serviceClients().get(id), secret)) {
            throw new InvalidClient();
        }
        return new ServiceToken(issuer.issue("service:" + id, List.of(Role.SERVICE), null, properties.serviceTokenLifetime()),
                "Bearer", properties.serviceTokenLifetime().toSeconds());
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static boolean matches(String expected, String presented) {
        return expected != null && !expected.isBlank() && MessageDigest.isEqual(
                RefreshTokens.hash(expected), RefreshTokens.hash(presented));
    }

    record ServiceToken(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {
    }
}
