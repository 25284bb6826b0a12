package dev.rallypoint.user.social;

import dev.rallypoint.user.account.SocialProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Talks to a provider server to server: redeems the authorization code, reads who the user is. */
@Component
class ProviderClient {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final RestClient http;

    ProviderClient() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    SocialProfile profile(String providerName, SocialProperties.Provider provider, String code, URI callback,
            String codeVerifier) {
        try {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "authorization_code");
            form.add("code", code);
            form.add("redirect_uri", callback.toString());
            form.add("client_id", provider.clientId());
            form.add("client_secret", provider.clientSecret());
            form.add("code_verifier", codeVerifier);
            Map<String, Object> tokens = http.post().uri(provider.tokenUri())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(JSON_OBJECT);
            Object accessToken = tokens == null ? null : tokens.get("access_token");
            if (accessToken == null) {
                throw new ProviderFailure("No access token from " + providerName, null);
            }
            Map<String, Object> user = http.get().uri(provider.userInfoUri())
                    .header("Authorization", "Bearer " + accessToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(JSON_OBJECT);
            String subject = string(user, provider.subjectAttribute());
            if (subject == null || subject.isBlank()) {
                throw new ProviderFailure("No subject from " + providerName, null);
            }
            return new SocialProfile(providerName, subject, string(user, provider.emailAttribute()),
                    Boolean.parseBoolean(string(user, provider.emailVerifiedAttribute())), string(user, provider.nameAttribute()));
        }
        catch (RestClientException ex) {
            throw new ProviderFailure("Login with " + providerName + " failed", ex);
        }
    }

    /** The value at a dotted path of a JSON object, as text; null where absent. */
    static String string(Map<String, Object> json, String path) {
        Object value = json;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(part);
        }
        return value == null || value instanceof Map<?, ?> ? null : value.toString();
    }
}
