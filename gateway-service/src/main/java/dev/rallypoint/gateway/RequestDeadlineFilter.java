package dev.rallypoint.gateway;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the routed service until when the gateway waits for its answer: {@code X-Request-Deadline},
 * epoch milliseconds, now plus the response timeout. A service stops work whose deadline has passed
 * (service-support's admission filter) instead of finishing what nobody will read. Whatever the
 * client sent in that header is replaced.
 */
@Component
class RequestDeadlineFilter implements GlobalFilter, Ordered {

    static final String HEADER = "X-Request-Deadline";

    private static final Duration WITHOUT_TIMEOUT = Duration.ofSeconds(30);

    private final Duration responseTimeout;

    private final Clock clock = Clock.systemUTC();

    RequestDeadlineFilter(ObjectProvider<HttpClientProperties> httpClient) {
        HttpClientProperties properties = httpClient.getIfAvailable();
        this.responseTimeout = properties == null || properties.getResponseTimeout() == null ? WITHOUT_TIMEOUT
                : properties.getResponseTimeout();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String deadline = Long.toString(clock.millis() + responseTimeout.toMillis());
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, deadline)))
                .build());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }
}
