package dev.rallypoint.user.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How tokens are issued.
 *
 * @param accessTokenLifetime at most 15 minutes
 * @param refreshTokenLifetime how long an unused refresh token stays valid
 * @param sessionLifetime how long a login lasts at most, however often it is refreshed
 * @param reuseGrace how long after a rotation the rotated token, presented again while its successor
 *        is unused, gets the same new pair instead of revoking the session (a client's retry of a
 *        refresh whose answer it lost; RFC 9700 section 4.14.2)
 * @param serviceTokenLifetime lifetime of service tokens
 * @param signingKeys rotation of the signing keys
 * @param login throttling of login attempts
 * @param serviceClients services allowed to get service tokens: client id to secret
 */
@ConfigurationProperties("rallypoint.tokens")
@Validated
record TokenProperties(
        @DefaultValue("15m") @NotNull Duration accessTokenLifetime,
        @DefaultValue("14d") @NotNull Duration refreshTokenLifetime,
        @DefaultValue("30d") @NotNull Duration sessionLifetime,
        @DefaultValue("10s") @NotNull Duration reuseGrace,
        @DefaultValue("5m") @NotNull Duration serviceTokenLifetime,
        @DefaultValue @Valid SigningKeys signingKeys,
        @DefaultValue @Valid Login login,
        @DefaultValue Map<String, String> serviceClients) {

    @AssertTrue(message = "access and service tokens live at most 15 minutes")
    boolean isShortLived() {
        Duration max = Duration.ofMinutes(15);
        return accessTokenLifetime.compareTo(max) <= 0 && serviceTokenLifetime.compareTo(max) <= 0;
    }

    @AssertTrue(message = "the refresh reuse grace lasts at most a minute")
    boolean isReuseGraceShort() {
        return !reuseGrace.isNegative() && reuseGrace.compareTo(Duration.ofMinutes(1)) <= 0;
    }

    /**
     * @param rotateEvery age at which the signing key is replaced
     * @param grace how long a replaced key stays published, so tokens it signed stay valid until they
     *        expire and services notice the new key: at least the access token lifetime
     * @param checkEvery how often rotation and the purge of expired keys are checked
     * @param encryptionSecret encrypts the private keys at rest
     */
    record SigningKeys(
            @DefaultValue("7d") @NotNull Duration rotateEvery,
            @DefaultValue("20m") @NotNull Duration grace,
            @DefaultValue("1m") @NotNull Duration checkEvery,
            @NotBlank String encryptionSecret) {
    }

    /**
     * @param maxAttempts login attempts per login name within the window; more are refused with 429
     * @param window the throttling window
     */
    record Login(@DefaultValue("5") @Min(1) int maxAttempts, @DefaultValue("15m") @NotNull Duration window) {
    }
}
