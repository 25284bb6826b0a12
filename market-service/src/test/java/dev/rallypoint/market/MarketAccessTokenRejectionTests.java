package dev.rallypoint.market;

import dev.rallypoint.test.AccessTokenRejectionTests;
import java.net.URI;
import org.springframework.boot.test.web.server.LocalServerPort;

/** market-service called directly trusts nothing but a valid access token on its protected endpoints. */
@MarketServiceTest
class MarketAccessTokenRejectionTests extends AccessTokenRejectionTests {

    @LocalServerPort
    int port;

    @Override
    protected URI protectedEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/market/my/listings");
    }
}
