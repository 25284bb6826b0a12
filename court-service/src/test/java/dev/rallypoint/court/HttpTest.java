package dev.rallypoint.court;

import dev.rallypoint.test.Traffic;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import dev.rallypoint.court.payment.TestWallet;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context the HTTP tests share (so the suite starts it once): the real
 * service on a random port, with a clock tests can move forward; the back-office jobs run only when
 * a test starts them, and the daily seat reopening only when a test runs it on a clock of its own (the
 * context's clock, moved forward by other tests, would reopen seats at a time no test chose). Its
 * database and Redis traffic can be counted ({@link Traffic}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.back-office.schedule=false", "rallypoint.back-office.chunk=10",
        "rallypoint.ticketing.reopening.check-every=1d",
        "spring.datasource.driver-class-name=dev.rallypoint.test.CountingDriver" })
@Import({ TestClockConfiguration.class, Traffic.RedisCounting.class })
public abstract class HttpTest {

    @LocalServerPort
    protected int port;

    /** The payment saga asks the test wallet about overdue payments, with a service token it hands out. */
    @DynamicPropertySource
    static void wallet(DynamicPropertyRegistry properties) {
        properties.add("rallypoint.payments.wallet-url", TestWallet::url);
        properties.add("rallypoint.security.service-client.token-uri", () -> TestWallet.url() + "/service-tokens");
        properties.add("rallypoint.security.service-client.secret", () -> "court-secret-for-tests");
    }

    protected Api api() {
        return new Api(port);
    }
}
