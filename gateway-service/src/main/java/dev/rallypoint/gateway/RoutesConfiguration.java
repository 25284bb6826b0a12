package dev.rallypoint.gateway;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.http.client.PrematureCloseException;

/**
 * The routes of each service, each class behind a circuit breaker of its own, so that
 * a burst on one class cannot cut off another: {@code <service>-read} for its GET/HEAD calls, its
 * OpenAPI description at {@code /v3/api-docs/<service>} and its health at {@code /health/<service>};
 * {@code <service>-write} for every other call (holds, payments, charges). A breaker counts a call as
 * failed only when the service could not be reached, did not answer within the response time-out, or
 * answered 500, 502 or 504; a 4xx (a lost race's 409) and a 503 the service chose to send (busy,
 * with Retry-After) are answers, not failures. A service that is down or does not answer in time
 * gets the fallback, a 503 problem. A read that an instance refused or dropped before answering is
 * retried once on the next instance. Streams (Server-Sent Events) have routes of their own, with
 * neither breaker nor response time-out, listed in {@code rallypoint.gateway.streams}.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

    /** Answers from a service that count as its failure. */
    static final Set<String> FAILURE_STATUSES = Set.of("500", "502", "504");

    private static final HttpMethod[] READS = { HttpMethod.GET, HttpMethod.HEAD };

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.streams().forEach((service, paths) -> routes.route(service + "-stream", route -> route
                .method(HttpMethod.GET).and().path(paths.toArray(String[]::new))
                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1)
                .uri("lb://" + service)));
        // most specific path first, so /api/v1/clubs/*/notices/** reaches notice-service before court-service's /api/v1/clubs/**
        List<Map.Entry<String, String>> owned = properties.services().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(path -> Map.entry(entry.getKey(), path)))
                .sorted(Comparator.comparing((Map.Entry<String, String> entry) -> PathPatternParser.defaultInstance
                        .parse(entry.getValue()), PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
        for (int index = 0; index < owned.size(); index++) {
            String service = owned.get(index).getKey();
            String path = owned.get(index).getValue();
            String uri = "lb://" + service;
            String fallback = "forward:/fallback/" + service;
            routes.route(service + "-read-" + index, route -> route.method(READS).and().path(path)
                    .filters(filter -> filter.circuitBreaker(breaker -> breaker(breaker, service + "-read", fallback))
                            .retry(RoutesConfiguration::onAnotherInstance))
                    .uri(uri));
            routes.route(service + "-write-" + index, route -> route.path(path)
                    .filters(filter -> filter.circuitBreaker(breaker -> breaker(breaker, service + "-write", fallback)))
                    .uri(uri));
        }
        properties.services().keySet().forEach(service -> {
            String uri = "lb://" + service;
            String fallback = "forward:/fallback/" + service;
            String reads = service + "-read";
            routes.route(service + "-api-docs", route -> route.path("/v3/api-docs/" + service)
                    .filters(filter -> filter.setPath("/v3/api-docs")
                            .circuitBreaker(breaker -> breaker(breaker, reads, fallback))
                            .retry(RoutesConfiguration::onAnotherInstance))
                    .uri(uri));
            routes.route(service + "-health", route -> route.path("/health/" + service)
                    .filters(filter -> filter.setPath("/actuator/health")
                            .circuitBreaker(breaker -> breaker(breaker, reads, fallback))
                            .retry(RoutesConfiguration::onAnotherInstance))
                    .uri(uri));
        });
        return routes.build();
    }

    /**
     * A read the instance could not take (connection refused or reset, closed before any answer) is
     * sent once more, and the load balancer picks the next instance for it; an answer, even a 5xx,
     * and a time-out are never repeated. Writes are never
     * repeated here: a client repeats them with the same Idempotency-Key, which the services
     * recognise (docs/deployment.md).
     */
    private static void onAnotherInstance(RetryGatewayFilterFactory.RetryConfig retry) {
        retry.setRetries(1)
                .setMethods(READS)
                .setSeries()
                .setStatuses()
                .setExceptions(ConnectException.class, PrematureCloseException.class, ConnectTimeoutException.class);
    }

    private static void breaker(SpringCloudCircuitBreakerFilterFactory.Config breaker, String name, String fallback) {
        breaker.setName(name).setFallbackUri(fallback).setStatusCodes(FAILURE_STATUSES);
    }

    /** One Swagger UI at the gateway, with a description per service. */
    @Bean
    SwaggerUrls swaggerUrls(SwaggerUiConfigProperties swaggerUi, GatewayProperties properties) {
        Set<SwaggerUrl> urls = new LinkedHashSet<>();
        properties.services().keySet().stream().sorted(Comparator.naturalOrder())
                .forEach(service -> urls.add(new SwaggerUrl(service, "/v3/api-docs/" + service, service)));
        swaggerUi.setUrls(urls);
        return new SwaggerUrls(urls);
    }

    record SwaggerUrls(Set<SwaggerUrl> urls) {
    }
}
