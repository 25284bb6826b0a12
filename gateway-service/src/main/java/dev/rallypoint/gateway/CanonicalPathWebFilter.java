package dev.rallypoint.gateway;

import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Rewrites every request to its {@link CanonicalPaths canonical path} before security, rate limits,
 * the waiting room's gates and routing look at it; the service receives exactly the path those
 * decisions were made on. A path without a canonical form is a 400 problem ({@code malformed-path}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class CanonicalPathWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getPath().value();
        Optional<String> canonical = CanonicalPaths.of(raw);
        if (canonical.isEmpty()) {
            return ProblemSecurityHandlers.write(exchange, HttpStatus.BAD_REQUEST, "malformed-path",
                    "The request path is not well formed.");
        }
        if (canonical.get().equals(raw)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request -> request.path(canonical.get())).build());
    }
}
