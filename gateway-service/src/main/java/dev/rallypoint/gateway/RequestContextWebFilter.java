package dev.rallypoint.gateway;

import dev.rallypoint.support.web.RequestIds;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First on every request: gives it a request id (the caller's, when well formed) that the routed
 * service receives and the caller gets back, so one id ties a call's log lines together across
 * services; drops headers that claim an identity; and remembers the path the caller asked for, for
 * problems answered after a forward.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestContextWebFilter implements WebFilter {

    /** Headers through which a client could pretend to be someone; services never trust them, and never see them. */
    static final Pattern CLAIMED_IDENTITY = Pattern.compile(
            "(?i)x-(user|auth|authenticated|remote|forwarded-user|caller|roles?|principal)(-.*)?");

    static final String ORIGINAL_PATH = RequestContextWebFilter.class.getName() + ".originalPath";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> {
                    headers.set(RequestIds.HEADER, requestId);
                    headers.headerNames().stream()
                            .filter(name -> CLAIMED_IDENTITY.matcher(name).matches())
                            .toList()
                            .forEach(headers::remove);
                })
                .build();
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        exchange.getAttributes().put(ORIGINAL_PATH, request.getPath().value());
        return chain.filter(exchange.mutate().request(request).build());
    }
}
