package dev.rallypoint.user.auth;

import dev.rallypoint.test.AccessTokenRejectionTests;
import java.net.URI;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JWT rejection suite against user-service called directly. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UserServiceAccessTokenRejectionTests extends AccessTokenRejectionTests {

    @LocalServerPort
    int port;

    @Override
    protected URI protectedEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/users/me");
    }
}
