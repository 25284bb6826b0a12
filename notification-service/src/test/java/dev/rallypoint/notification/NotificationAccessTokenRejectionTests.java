package dev.rallypoint.notification;

import dev.rallypoint.test.AccessTokenRejectionTests;
import java.net.URI;
import org.springframework.boot.test.web.server.LocalServerPort;

/** notification-service called directly trusts nothing but a valid access token. */
@NotificationServiceTest
class NotificationAccessTokenRejectionTests extends AccessTokenRejectionTests {

    @LocalServerPort
    int port;

    @Override
    protected URI protectedEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/notifications");
    }
}
