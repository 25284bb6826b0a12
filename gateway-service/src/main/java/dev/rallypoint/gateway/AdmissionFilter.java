package dev.rallypoint.gateway;

import dev.rallypoint.gateway.AdmissionProperties.ProtectedRoute;
import dev.rallypoint.gateway.ProtectedGates.Protection;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriTemplate;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The waiting room's door: a call to a protected route (seat hold, seat payment) whose gate is open
 * must carry an admission token issued to the calling user for that gate, or it is refused with a
 * 403 problem ({@code admission-required}) before it reaches the service. Everything is checked
 * here, locally: the signature with the shared secret, the expiry, the user against the access
 * token's subject, the gate against the one the path names.
 */
class AdmissionFilter implements GlobalFilter, Ordered {

    private final List<Rule> rules;

    private final String header;

    private final ProtectedGates gates;

    private final AdmissionTokenVerifier verifier;

    AdmissionFilter(AdmissionProperties properties, ProtectedGates gates, AdmissionTokenVerifier verifier) {
        this.rules = properties.protectedRoutes().stream().map(Rule::of).toList();
        this.header = properties.header();
        this.gates = gates;
        this.verifier = verifier;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Optional<String> gate = gateOf(exchange);
        if (gate.isEmpty()) {
            return chain.filter(exchange);
        }
        String token = exchange.getRequest().getHeaders().getFirst(header);
        return gates.protectionOf(gate.get()).flatMap(protection -> {
            if (protection == Protection.OPEN) {
                return chain.filter(exchange);
            }
            return exchange.getPrincipal().map(Principal::getName)
                    .map(user -> verifier.admits(token, user, gate.get()))
                    .defaultIfEmpty(false)
                    .flatMap(admitted -> admitted ? chain.filter(exchange)
                            : protection == Protection.PROTECTED ? refuse(exchange) : unavailable(exchange));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    private Optional<String> gateOf(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        HttpMethod method = exchange.getRequest().getMethod();
        return rules.stream().map(rule -> rule.gateOf(method, path)).flatMap(Optional::stream).findFirst();
    }

    /**
     * Redis has been unreachable since this gateway started, so whether the gate is open is unknown:
     * only a valid admission token gets through (fail closed), anyone else is asked to come back.
     */
    private static Mono<Void> unavailable(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return ProblemSecurityHandlers.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "admission-unavailable",
                "The waiting room cannot be checked right now; try again in a few seconds.");
    }

    private static Mono<Void> refuse(ServerWebExchange exchange) {
        return ProblemSecurityHandlers.write(exchange, HttpStatus.FORBIDDEN, "admission-required",
                "This sale is behind a waiting room: join its queue and send the admission token you receive.");
    }

    private record Rule(HttpMethod method, PathPattern pattern, UriTemplate gate) {

        static Rule of(ProtectedRoute route) {
            return new Rule(HttpMethod.valueOf(route.method()), PathPatternParser.defaultInstance.parse(route.path()),
                    new UriTemplate(route.gate()));
        }

        Optional<String> gateOf(HttpMethod requested, PathContainer path) {
            if (!method.equals(requested)) {
                return Optional.empty();
            }
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
            if (match == null) {
                return Optional.empty();
            }
            Map<String, String> variables = match.getUriVariables();
            return Optional.of(gate.expand(variables).toString());
        }
    }
}
