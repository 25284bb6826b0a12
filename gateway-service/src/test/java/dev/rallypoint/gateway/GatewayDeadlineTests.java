package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The routed service learns until when the gateway waits for its answer; a client cannot stretch it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "rallypoint.gateway.rate-limits.enabled=false")
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayDeadlineTests {

    static final StubService courtService = new StubService();

    @Autowired
    WebTestClient client;

    @Autowired
    HttpClientProperties httpClient;

    @DynamicPropertySource
    static void courtServiceInstance(DynamicPropertyRegistry registry) {
        courtService.serveAs(registry, "court-service");
    }

    @AfterAll
    static void stopCourtService() {
        courtService.stop();
    }

    @Test
    void forwardsTheGatewaysOwnDeadlineAndReplacesTheClients() {
        long before = System.currentTimeMillis();

        client.get().uri("/api/v1/courts/42").header(RequestDeadlineFilter.HEADER, "99999999999999").exchange()
                .expectStatus().isOk();

        long deadline = Long.parseLong(courtService.lastHeader(RequestDeadlineFilter.HEADER));
        assertThat(deadline).isGreaterThan(before)
                .isLessThanOrEqualTo(System.currentTimeMillis() + httpClient.getResponseTimeout().toMillis());
    }
}
