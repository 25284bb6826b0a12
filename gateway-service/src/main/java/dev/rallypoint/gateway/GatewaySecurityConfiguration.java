package dev.rallypoint.gateway;

import dev.rallypoint.common.identity.Role;
import dev.rallypoint.support.security.AccessTokens;
import dev.rallypoint.support.security.SecurityProperties;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The gateway validates every access token itself, with the same rules as the services (see
 * {@link AccessTokens}), and keeps the admin and manager areas for their roles. Anonymous callers
 * reach only {@code rallypoint.gateway.public-paths}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class GatewaySecurityConfiguration {

    static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health/**", "/health/**", "/swagger-ui.html",
            "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**", "/fallback/**");

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        return AccessTokens.reactiveRemoteDecoder(properties);
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, GatewayProperties properties) {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.OPTIONS).permitAll();
                    exchanges.pathMatchers(ALWAYS_PUBLIC.toArray(String[]::new)).permitAll();
                    exchanges.matchers(new NegatedServerWebExchangeMatcher(routed(properties))).permitAll();
                    properties.publicPaths().forEach(path -> permit(exchanges, path));
                    exchanges.pathMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                            .pathMatchers("/api/v1/manager/**").hasAnyRole(Role.COURT_MANAGER.name(), Role.ADMIN.name())
                            .anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(AccessTokens.authentication())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Calls no route serves are let through, so they answer 404 whoever sends them. */
    private static ServerWebExchangeMatcher routed(GatewayProperties properties) {
        return ServerWebExchangeMatchers.pathMatchers(properties.services().values().stream()
                .flatMap(List::stream)
                .toArray(String[]::new));
    }

    /** {@code "GET /api/v1/courts/**"} or {@code "/api/v1/courts/**"} (any method). */
    private static void permit(AuthorizeExchangeSpec exchanges, String publicPath) {
        String[] parts = publicPath.trim().split("\\s+", 2);
        if (parts.length == 2) {
            exchanges.pathMatchers(HttpMethod.valueOf(parts[0]), parts[1]).permitAll();
        }
        else {
            exchanges.pathMatchers(parts[0]).permitAll();
        }
    }
}
