package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * Two instances of a service behind the gateway; one dies. Every read still succeeds (retried once
 * on the other instance when the dead one refuses the connection), and within 5 s the gateway's
 * load balancer no longer offers the dead instance (its health check failed).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "rallypoint.gateway.rate-limits.enabled=false")
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayInstanceFailoverTests {

    static final StubService first = new StubService();

    static final StubService second = new StubService();

    @Autowired
    WebTestClient client;

    @Autowired
    LoadBalancerClientFactory loadBalancers;

    @DynamicPropertySource
    static void twoCourtServiceInstances(DynamicPropertyRegistry registry) {
        first.serveAs(registry, "court-service");
        second.start();
        registry.add("spring.cloud.discovery.client.simple.instances.court-service[1].uri",
                () -> "http://127.0.0.1:" + second.port());
    }

    @AfterAll
    static void stopInstances() {
        first.stop();
        second.stop();
    }

    @Test
    void keepsAnsweringReadsWhenAnInstanceDiesAndStopsOfferingItWithinFiveSeconds() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> offeredPorts().size() == 2);
        for (int call = 0; call < 10; call++) {
            client.get().uri("/api/v1/courts/" + call).exchange().expectStatus().isOk();
        }

        List<HttpStatusCode> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        String token = TestTokens.member(UUID.randomUUID());
        second.stop();
        Thread reader = Thread.ofVirtual().start(() -> {
            for (int call = 0; reading.get(); call++) {
                answers.add(client.get().uri("/api/v1/courts/" + call).exchange().returnResult(String.class).getStatus());
                answers.add(client.head().uri("/api/v1/courts/" + call).header("Authorization", "Bearer " + token)
                        .exchange().returnResult(String.class).getStatus());
            }
        });
        try {
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> offeredPorts().equals(Set.of(first.port())));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answers.size() >= 20);
        }
        finally {
            reading.set(false);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !reader.isAlive());

        assertThat(answers).hasSizeGreaterThanOrEqualTo(20).containsOnly(HttpStatus.OK);
    }

    /** The instances the gateway's load balancer hands out over a few picks. */
    private Set<Integer> offeredPorts() {
        Set<Integer> ports = new HashSet<>();
        for (int pick = 0; pick < 6; pick++) {
            Response<ServiceInstance> chosen = Mono.from(loadBalancers.getInstance("court-service").choose())
                    .block(Duration.ofSeconds(5));
            if (chosen != null && chosen.hasServer()) {
                ports.add(chosen.getServer().getPort());
            }
        }
        return ports;
    }
}
