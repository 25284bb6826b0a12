package dev.rallypoint.user.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.rallypoint.common.identity.Role;
import dev.rallypoint.support.security.AccessTokens;
import dev.rallypoint.support.security.SecurityProperties;
import dev.rallypoint.support.security.ServiceTokens;
import dev.rallypoint.user.IdentityTestSupport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ServiceTokenTests extends IdentityTestSupport {

    private Response tokenRequest(String form, String basic) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/auth/service-tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return send(request, null);
    }

    @Test
    void issuesAShortLivedServiceTokenForClientCredentials() throws Exception {
        Response response = tokenRequest("grant_type=client_credentials", "court-service:court-secret-for-tests");

        assertThat(response.status()).isEqualTo(200);
        String token = response.json().get("access_token").asString();
        assertThat(response.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(response.json().get("expires_in").asLong()).isBetween(1L, 900L);
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("service:court-service");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SERVICE");
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
    }

    @Test
    void acceptsCredentialsAsFormFields() {
        Response response = tokenRequest("grant_type=client_credentials&client_id=court-service&client_secret=court-secret-for-tests", null);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void refusesAWrongSecretAnUnknownClientAndOtherGrants() {
        assertThat(tokenRequest("grant_type=client_credentials", "court-service:wrong").status()).isEqualTo(401);
        assertThat(tokenRequest("grant_type=client_credentials", "market-service:court-secret-for-tests").status()).isEqualTo(401);
        assertThat(tokenRequest("grant_type=client_credentials", "nobody:nothing").json().get("code").asString())
                .isEqualTo("invalid-client");
        assertThat(tokenRequest("grant_type=password", "court-service:court-secret-for-tests").status()).isEqualTo(400);
    }

    @Test
    void theSharedServiceTokensClientGetsATokenServicesAccept() {
        ServiceTokens client = new ServiceTokens(new SecurityProperties.ServiceClient("court-service", "court-secret-for-tests",
                uri("/api/v1/auth/service-tokens")), Clock.systemUTC());
        SecurityProperties trust = new SecurityProperties(uri("/.well-known/jwks.json"), "https://rallypoint.dev/auth",
                "rallypoint-api", Duration.ofMinutes(5), Duration.ofSeconds(30), List.of(), null, List.of());

        String token = client.token();

        assertThat(client.token()).as("reused").isEqualTo(token);
        assertThat(AccessTokens.roles(AccessTokens.decoder(AccessTokens.remoteKeys(trust), trust).decode(token)))
                .containsExactly(Role.SERVICE);
    }

    @Test
    void aServiceTokenIsNotAUser() {
        String token = tokenRequest("grant_type=client_credentials", "court-service:court-secret-for-tests").json()
                .get("access_token").asString();

        assertThat(get("/api/v1/users/me", token).status()).isEqualTo(403);
    }
}
