package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An overload beyond the gateway's cap is turned away at once, and the cap frees up again. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "rallypoint.gateway.rate-limits.enabled=false", "rallypoint.gateway.max-in-flight=10" })
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayLoadSheddingTests {

    static final StubService courtService = new StubService();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void courtServiceInstance(DynamicPropertyRegistry registry) {
        courtService.serveAs(registry, "court-service");
    }

    @AfterAll
    static void stopCourtService() {
        courtService.stop();
    }

    @Test
    void turnsAwayWhatIsBeyondTheCapAtOnceAndServesTheRest() throws Exception {
        List<Future<EntityExchangeResult<String>>> calls = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int call = 0; call < 60; call++) {
                calls.add(callers.submit(() -> client.get().uri("/api/v1/courts/busy").exchange()
                        .expectBody(String.class).returnResult()));
            }
        }

        List<EntityExchangeResult<String>> served = new ArrayList<>();
        List<EntityExchangeResult<String>> turnedAway = new ArrayList<>();
        for (Future<EntityExchangeResult<String>> call : calls) {
            EntityExchangeResult<String> result = call.get();
            (result.getStatus() == HttpStatus.OK ? served : turnedAway).add(result);
        }
        assertThat(served.size() + turnedAway.size()).isEqualTo(60);
        assertThat(served).hasSizeGreaterThanOrEqualTo(10);
        assertThat(turnedAway).isNotEmpty().allSatisfy(result -> {
            assertThat(result.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponseBody()).contains("\"code\":\"overloaded\"");
        });

        for (int call = 0; call < 20; call++) {
            client.get().uri("/api/v1/courts/42").exchange().expectStatus().isOk();
        }
    }
}
