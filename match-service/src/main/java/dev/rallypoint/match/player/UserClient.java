package dev.rallypoint.match.player;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * user-service's profile of the calling user. Found through Eureka ({@code lb://user-service}) unless
 * {@code rallypoint.match.user-url} names an address.
 */
@FeignClient(name = "user-service", url = "${rallypoint.match.user-url:}")
interface UserClient {

    @GetMapping("/api/v1/users/me")
    Profile me(@RequestHeader("Authorization") String authorization);

    /** The part of the profile match-service reads; other fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(BigDecimal ntrpLevel) {
    }
}
