package dev.rallypoint.user.auth;

import dev.rallypoint.test.AccessTokenRejectionTests;
import java.net.URI;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import dev.rallypoint.user.MockProviders;

/** The JWT rejection suite against user-service called directly. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = MockProviders.class)
class UserServiceAccessTokenRejectionTests extends AccessTokenRejectionTests {

    @LocalServerPort
    int port;

    @Override
    protected URI protectedEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/users/me");
    }
}
