package dev.rallypoint.user.social;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.user.UserRegistered;
import dev.rallypoint.user.EventOutbox;
import dev.rallypoint.user.IdentityTestSupport;
import dev.rallypoint.user.MockProviders;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Social login end to end against a real OAuth 2 / OIDC server running in the test (standing in for
 * Google and Kakao): browser redirects followed by hand, the code redeemed by user-service server to
 * server, our tokens obtained through the one-time code.
 */
class SocialLoginTests extends IdentityTestSupport {

    @Autowired
    JdbcClient jdbc;

    /** What the provider will say about the next user who logs in with it. */
    private static void nextUser(String provider, String subject, Map<String, Object> claims) {
        MockProviders.server().enqueueCallback(new DefaultOAuth2TokenCallback(provider, subject, "JWT",
                List.of(provider + "-client"), claims, 3600));
    }

    private static Map<String, Object> google(String email, boolean verified, String name) {
        return Map.of("email", email, "email_verified", verified, "name", name);
    }

    /** The browser's part up to the provider's redirect back: the callback to call and the cookie to send with it. */
    private record Returning(URI callback, String cookie) {
    }

    private Returning throughProvider(String provider) {
        Response start = get("/api/v1/auth/social/" + provider + "/authorization?redirectUri="
                + URLEncoder.encode(MockProviders.REDIRECT_URI, StandardCharsets.UTF_8), null);
        assertThat(start.status()).as(start.body()).isEqualTo(302);
        URI atProvider = URI.create(start.header("Location"));
        assertThat(atProvider.getQuery()).contains("code_challenge_method=S256", "state=");
        String setCookie = start.header("Set-Cookie");
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax");

        Response fromProvider = send(HttpRequest.newBuilder(atProvider).GET(), null);
        assertThat(fromProvider.status()).as(fromProvider.body()).isEqualTo(302);
        URI callback = URI.create(fromProvider.header("Location"));
        assertThat(callback.getPath()).isEqualTo("/api/v1/auth/social/" + provider + "/callback");
        return new Returning(callback, setCookie.substring(0, setCookie.indexOf(';')));
    }

    private Response callback(Returning returning, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(returning.callback().getRawPath() + "?"
                + returning.callback().getRawQuery())).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request, null);
    }

    /** Plays the browser: our authorization endpoint, the provider, our callback; returns where the frontend lands. */
    private URI browserLogin(String provider) {
        Returning returning = throughProvider(provider);
        Response completed = callback(returning, returning.cookie());
        assertThat(completed.status()).as(completed.body()).isEqualTo(302);
        return URI.create(completed.header("Location"));
    }

    private static String param(URI uri, String name) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
    }

    private Response exchange(String code) {
        return post("/api/v1/auth/social/token", null, "{\"code\":\"%s\"}".formatted(code));
    }

    @Test
    void aFirstGoogleLoginCreatesAMemberAndTheFrontendGetsTokensOnlyThroughAOneTimeCode() {
        String email = "social-" + UUID.randomUUID() + "@gmail.test";
        nextUser("google", "google-" + UUID.randomUUID(), google(email, true, "Kim Tennis"));

        URI landing = browserLogin("google");

        assertThat(landing.toString()).startsWith(MockProviders.REDIRECT_URI + "?code=");
        assertThat(UriComponentsBuilder.fromUri(landing).build().getQueryParams().keySet()).containsExactly("code");
        String code = param(landing, "code");
        assertThat(code).doesNotContain(".").doesNotStartWith("rt_");
        Response tokens = exchange(code);
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(exchange(code).status()).as("the code works once").isEqualTo(401);
        JsonNode me = get("/api/v1/users/me", tokens.json().get("accessToken").asString()).json();
        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("nickname").asString()).isEqualTo("Kim Tennis");
        assertThat(me.get("roles").toString()).isEqualTo("[\"MEMBER\"]");
        assertThat(EventOutbox.events(jdbc, UserRegistered.class, me.get("id").asString())).hasSize(1);
        assertThat(post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"%s\"}".formatted(tokens.json().get("refreshToken")
                .asString())).status()).isEqualTo(200);
    }

    @Test
    void theNextLoginOfTheSameProviderAccountReachesTheSameAccount() {
        String subject = "google-" + UUID.randomUUID();
        String email = "again-" + UUID.randomUUID() + "@gmail.test";
        nextUser("google", subject, google(email, true, "Again"));
        String first = get("/api/v1/users/me", exchange(param(browserLogin("google"), "code")).json().get("accessToken").asString())
                .json().get("id").asString();
        nextUser("google", subject, google("changed-" + email, true, "Again"));

        String second = get("/api/v1/users/me", exchange(param(browserLogin("google"), "code")).json().get("accessToken").asString())
                .json().get("id").asString();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void linksAnExistingAccountWithTheSameVerifiedEmail() {
        Member member = newMember();
        nextUser("google", "google-" + UUID.randomUUID(), google(member.email(), true, "Linked"));

        String token = exchange(param(browserLogin("google"), "code")).json().get("accessToken").asString();

        assertThat(get("/api/v1/users/me", token).json().get("id").asString()).isEqualTo(member.id().toString());
    }

    @Test
    void neverLinksByAnUnverifiedEmail() {
        Member member = newMember();
        nextUser("google", "google-" + UUID.randomUUID(), google(member.email(), false, "Impostor"));

        JsonNode me = get("/api/v1/users/me", exchange(param(browserLogin("google"), "code")).json().get("accessToken")
                .asString()).json();

        assertThat(me.get("id").asString()).isNotEqualTo(member.id().toString());
        assertThat(me.get("email").isNull()).isTrue();
    }

    @Test
    void readsKakaoUsersFromTheirNestedProfile() {
        String email = "kakao-" + UUID.randomUUID() + "@kakao.test";
        long kakaoId = Math.abs(UUID.randomUUID().getMostSignificantBits());
        nextUser("kakao", Long.toString(kakaoId), Map.of("id", kakaoId, "kakao_account", Map.of("email", email,
                "is_email_verified", true, "profile", Map.of("nickname", "테니스왕"))));

        JsonNode me = get("/api/v1/users/me", exchange(param(browserLogin("kakao"), "code")).json().get("accessToken")
                .asString()).json();

        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("nickname").asString()).isEqualTo("테니스왕");
        assertThat(jdbc.sql("SELECT count(*) FROM social_identity WHERE provider = 'kakao' AND subject = ?")
                .param(Long.toString(kakaoId)).query(Long.class).single()).isOne();
    }

    @Test
    void afterWithdrawalTheSameProviderAccountStartsAFreshAccount() {
        String subject = "google-" + UUID.randomUUID();
        nextUser("google", subject, google("leaving-" + UUID.randomUUID() + "@gmail.test", true, "Leaving"));
        String token = exchange(param(browserLogin("google"), "code")).json().get("accessToken").asString();
        String first = get("/api/v1/users/me", token).json().get("id").asString();
        assertThat(post("/api/v1/users/me/withdrawal", token, "{}").status()).as("no password to confirm").isEqualTo(204);
        nextUser("google", subject, google("back-" + UUID.randomUUID() + "@gmail.test", true, "Back"));

        String second = get("/api/v1/users/me", exchange(param(browserLogin("google"), "code")).json().get("accessToken")
                .asString()).json().get("id").asString();

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void refusesForgedStatesUnknownProvidersAndForeignRedirects() {
        assertThat(get("/api/v1/auth/social/google/callback?code=x&state=forged", null).status()).isEqualTo(400);
        assertThat(get("/api/v1/auth/social/myspace/authorization?redirectUri=" + MockProviders.REDIRECT_URI, null).status())
                .isEqualTo(404);
        Response foreign = get("/api/v1/auth/social/google/authorization?redirectUri=https://evil.example/steal", null);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("code").asString()).isEqualTo("redirect-uri-not-allowed");
        assertThat(exchange("forged").status()).isEqualTo(401);
    }

    @Test
    void aStateIsGoodForOneCallbackOnly() {
        Response start = get("/api/v1/auth/social/google/authorization?redirectUri=" + MockProviders.REDIRECT_URI, null);
        String state = param(URI.create(start.header("Location")), "state");
        String cookie = start.header("Set-Cookie").substring(0, start.header("Set-Cookie").indexOf(';'));

        Response denied = send(HttpRequest.newBuilder(uri("/api/v1/auth/social/google/callback?error=access_denied&state=" + state))
                .header("Cookie", cookie).GET(), null);
        assertThat(denied.status()).isEqualTo(302);
        assertThat(denied.header("Location")).isEqualTo(MockProviders.REDIRECT_URI + "?error=access_denied");

        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/auth/social/google/callback?code=x&state=" + state))
                .header("Cookie", cookie).GET(), null).status()).isEqualTo(400);
    }

    @Test
    void onlyTheBrowserThatStartedALoginCanFinishIt() {
        nextUser("google", "google-" + UUID.randomUUID(), google("victim-" + UUID.randomUUID() + "@gmail.test", true, "Csrf"));
        Returning attackers = throughProvider("google");

        assertThat(callback(attackers, null).status()).as("victim's browser has no cookie").isEqualTo(400);
        assertThat(callback(attackers, "rp_social_login=someone-elses").status()).isEqualTo(400);
        Response own = callback(attackers, attackers.cookie());
        assertThat(own.status()).isEqualTo(302);
        assertThat(own.header("Location")).startsWith(MockProviders.REDIRECT_URI + "?code=");
    }
}
