package dev.rallypoint.support.security;

import dev.rallypoint.common.identity.Role;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service is an OAuth2 resource server that trusts nothing but a valid access token
 * (see {@link AccessTokens}): a call without one answers 401, whatever headers it carries. Admin and
 * manager areas need their roles here too, not only at the gateway. Endpoints a service serves to
 * anonymous callers are listed in {@code rallypoint.security.public-paths}.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, JwtDecoder.class })
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

    static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/error");

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        return AccessTokens.remoteDecoder(properties);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain serviceSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> {
                    ALWAYS_PUBLIC.forEach(path -> requests.requestMatchers(path).permitAll());
                    properties.publicPaths().forEach(path -> requests.requestMatchers(matcher(path)).permitAll());
                    properties.verifiedEmailPaths().forEach(path -> requests.requestMatchers(matcher(path))
                            .access(VerifiedEmail.REQUIRED));
                    requests.requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                            .requestMatchers("/api/v1/manager/**").hasAnyRole(Role.COURT_MANAGER.name(), Role.ADMIN.name())
                            .anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(AccessTokens.authentication()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** This service's service tokens, when it has client credentials. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("rallypoint.security.service-client.id")
    ServiceTokens serviceTokens(SecurityProperties properties, java.time.Clock clock) {
        return new ServiceTokens(properties.serviceClient(), clock);
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    /** {@code "GET /api/v1/courts/**"} or {@code "/api/v1/courts/**"} (any method). */
    static PathPatternRequestMatcher matcher(String publicPath) {
        String[] parts = publicPath.trim().split("\\s+", 2);
        return parts.length == 2
                ? PathPatternRequestMatcher.pathPattern(HttpMethod.valueOf(parts[0]), parts[1])
                : PathPatternRequestMatcher.pathPattern(parts[0]);
    }
}
