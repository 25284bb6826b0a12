package dev.rallypoint.gateway;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Three routes per service, each behind the service's own circuit breaker: its public API paths,
 * its OpenAPI description at {@code /v3/api-docs/<service>} (for the aggregated Swagger UI) and its
 * health at {@code /health/<service>}. A service that is down or does not answer in time gets the
 * fallback, a 503 problem.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().forEach((service, paths) -> {
            String uri = "lb://" + service;
            String fallback = "forward:/fallback/" + service;
            routes.route(service, route -> route.path(paths.toArray(String[]::new))
                    .filters(filter -> filter.circuitBreaker(breaker -> breaker.setName(service).setFallbackUri(fallback)))
                    .uri(uri));
            routes.route(service + "-api-docs", route -> route.path("/v3/api-docs/" + service)
                    .filters(filter -> filter.setPath("/v3/api-docs")
                            .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri(fallback)))
                    .uri(uri));
            routes.route(service + "-health", route -> route.path("/health/" + service)
                    .filters(filter -> filter.setPath("/actuator/health")
                            .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri(fallback)))
                    .uri(uri));
        });
        return routes.build();
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
