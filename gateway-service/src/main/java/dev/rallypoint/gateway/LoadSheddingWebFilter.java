package dev.rallypoint.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Caps the calls the gateway works on at once; beyond the cap a call is answered 503 with
 * {@code Retry-After} at once. Without it an overload was taken in whole: every call waited on
 * the token check, the rate limit and the routed service, latency grew for all, and at a few
 * thousand calls in flight the gateway ran out of heap and died. With it, the calls within the
 * cap are served at the platform's pace and the rest learn at once to come back. The gateway's
 * own actuator endpoints are never turned away.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LoadSheddingWebFilter implements WebFilter {

    private final AtomicInteger inFlight = new AtomicInteger();

    private final int maxInFlight;

    private final Counter shed;

    LoadSheddingWebFilter(@Value("${rallypoint.gateway.max-in-flight}") int maxInFlight, MeterRegistry meters) {
        this.maxInFlight = maxInFlight;
        this.shed = Counter.builder("rallypoint.gateway.requests.shed")
                .description("Calls answered 503 because the gateway had too many in flight")
                .register(meters);
        Gauge.builder("rallypoint.gateway.requests.in.flight", inFlight, AtomicInteger::get)
                .description("Calls the gateway is working on")
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            shed.increment();
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return ProblemSecurityHandlers.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                    "The platform is busy; try again in a second.");
        }
        return chain.filter(exchange).doFinally(signal -> inFlight.decrementAndGet());
    }
}
