package dev.rallypoint.notice;

import dev.rallypoint.test.AccessTokenRejectionTests;
import java.net.URI;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;

/** notice-service called directly trusts nothing but a valid access token on its protected endpoints. */
@NoticeServiceTest
class NoticeAccessTokenRejectionTests extends AccessTokenRejectionTests {

    @LocalServerPort
    int port;

    @Override
    protected URI protectedEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/clubs/" + UUID.randomUUID() + "/notices/subscription");
    }
}
