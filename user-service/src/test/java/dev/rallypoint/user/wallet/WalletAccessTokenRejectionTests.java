package dev.rallypoint.user.wallet;

import dev.rallypoint.test.AccessTokenRejectionTests;
import java.net.URI;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The wallet answers 401 to every kind of invalid access token, called directly (not through the gateway).
 */
@WalletIntegrationTest
class WalletAccessTokenRejectionTests extends AccessTokenRejectionTests {

    @LocalServerPort
    int port;

    @Override
    protected URI protectedEndpoint() {
        return URI.create("http://localhost:" + port + "/api/v1/wallet");
    }
}
