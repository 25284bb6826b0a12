package dev.rallypoint.user.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.rallypoint.support.scheduling.PeriodicTask;
import dev.rallypoint.support.security.AccessTokens;
import dev.rallypoint.support.security.SecurityProperties;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * user-service validates access tokens like every service ({@link AccessTokens}), but reads its own
 * keys straight from where it keeps them; keys it does not hold are looked up at the configured JWKS
 * URL (in production that is this service itself).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenProperties.class)
class TokenConfiguration {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties security) {
        JWKSource<SecurityContext> remote = AccessTokens.noKeysWhileUnavailable(AccessTokens.remoteKeys(security));
        JWKSource<SecurityContext> own = (selector, context) -> {
            List<JWK> found = selector.select(keys.published());
            return found.isEmpty() ? remote.get(selector, context) : found;
        };
        return AccessTokens.decoder(own, security);
    }

    @Bean
    PeriodicTask signingKeyRotation(SigningKeys keys, TokenProperties properties) {
        return new PeriodicTask("signing-key-rotation", properties.signingKeys().checkEvery(), keys::maintain);
    }

    @Bean
    PeriodicTask sessionHousekeeping(RefreshTokens refreshTokens, LoginThrottle throttle) {
        return new PeriodicTask("session-housekeeping", Duration.ofHours(1), () -> {
            refreshTokens.purge();
            throttle.purge();
        });
    }
}
