package dev.rallypoint.user.social;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Social login settings.
 *
 * @param callbackBaseUri the public base URL the providers send the browser back to (the gateway);
 *        the callback is {@code <base>/api/v1/auth/social/<provider>/callback}
 * @param allowedRedirectUris where the frontend may ask to be sent back to with the one-time code
 * @param requestLifetime how long a started login may take
 * @param codeLifetime how long the one-time code may wait to be exchanged
 * @param secureCookie whether the browser-binding cookie is {@code Secure} (off only for plain-HTTP
 *        development hosts other than localhost)
 * @param providers by our name of the provider; a provider without a client id is off
 */
@ConfigurationProperties("rallypoint.social")
record SocialProperties(
        @DefaultValue("http://localhost:8080") URI callbackBaseUri,
        @DefaultValue List<URI> allowedRedirectUris,
        @DefaultValue("10m") Duration requestLifetime,
        @DefaultValue("60s") Duration codeLifetime,
        @DefaultValue("true") boolean secureCookie,
        @DefaultValue Map<String, Provider> providers) {

    Optional<Provider> provider(String name) {
        return Optional.ofNullable(providers.get(name)).filter(Provider::enabled);
    }

    URI callback(String provider) {
        return URI.create(callbackBaseUri.toString().replaceAll("/+$", "") + "/api/v1/auth/social/" + provider + "/callback");
    }

    /**
     * One OAuth 2 provider, and where its user-info response holds what we need (dotted paths for
     * nested objects, as Kakao's {@code kakao_account.email}).
     */
    record Provider(String clientId, String clientSecret, URI authorizationUri, URI tokenUri, URI userInfoUri,
            @DefaultValue List<String> scopes,
            @DefaultValue("sub") String subjectAttribute,
            @DefaultValue("email") String emailAttribute,
            @DefaultValue("email_verified") String emailVerifiedAttribute,
            @DefaultValue("name") String nameAttribute) {

        boolean enabled() {
            return clientId != null && !clientId.isBlank() && authorizationUri != null && tokenUri != null && userInfoUri != null;
        }
    }
}
