package dev.rallypoint.gateway;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses an over-long request target with a 414 problem and oversized headers with a 431 problem.
 * Netty itself reads much larger request heads ({@code server.netty.max-initial-line-length},
 * {@code server.max-http-request-header-size}) so that these answers, not its empty ones, are what
 * a client sees.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestHeadLimitWebFilter implements WebFilter {

    private final long maxTarget;

    private final long maxHeaders;

    RequestHeadLimitWebFilter(@Value("${rallypoint.gateway.max-request-target:8KB}") DataSize maxTarget,
            @Value("${rallypoint.gateway.max-request-headers:16KB}") DataSize maxHeaders) {
        this.maxTarget = maxTarget.toBytes();
        this.maxHeaders = maxHeaders.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String query = request.getURI().getRawQuery();
        if (request.getPath().value().length() + (query != null ? query.length() + 1 : 0) > maxTarget) {
            return ProblemSecurityHandlers.write(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long",
                    "The request target is too long.");
        }
        long headerBytes = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                headerBytes += header.getKey().length() + value.length() + 4;
            }
        }
        if (headerBytes > maxHeaders) {
            return ProblemSecurityHandlers.write(exchange, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
                    "The request headers are too large.");
        }
        return chain.filter(exchange);
    }
}
