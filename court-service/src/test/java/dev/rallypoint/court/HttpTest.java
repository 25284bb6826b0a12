package dev.rallypoint.court;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The one application context the HTTP tests share (so the suite starts it once): the real
 * service on a random port, with a clock tests can move forward; the back-office jobs run only when
 * a test starts them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "rallypoint.back-office.schedule=false", "rallypoint.back-office.chunk=10" })
@Import(TestClockConfiguration.class)
public abstract class HttpTest {

    @LocalServerPort
    protected int port;

    protected Api api() {
        return new Api(port);
    }
}
