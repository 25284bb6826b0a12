package dev.rallypoint.user;

import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OAuth 2 / OpenID Connect server in the test JVM ({@code mock-oauth2-server}) standing in for
 * Google (issuer {@code google}) and Kakao (issuer {@code kakao}); user-service is configured with its
 * endpoints like with the real providers'.
 */
public class MockProviders implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String REDIRECT_URI = "http://localhost:3000/login/social";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "stop-mock-oauth2"));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MockOAuth2Server provider = server();
        Map<String, Object> properties = new java.util.HashMap<>();
        properties.put("rallypoint.social.allowed-redirect-uris", REDIRECT_URI);
        for (String name : new String[] { "google", "kakao" }) {
            String prefix = "rallypoint.social.providers." + name + ".";
            properties.put(prefix + "client-id", name + "-client");
            properties.put(prefix + "client-secret", name + "-secret");
            properties.put(prefix + "authorization-uri", provider.authorizationEndpointUrl(name).toString());
            properties.put(prefix + "token-uri", provider.tokenEndpointUrl(name).toString());
            properties.put(prefix + "user-info-uri", provider.userInfoUrl(name).toString());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mockProviders", properties));
    }
}
