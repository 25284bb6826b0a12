package dev.rallypoint.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The waiting room's check at the gateway.
 *
 * @param enabled whether admission tokens are checked at all
 * @param secret the HS256 key queue-service signs admission tokens with (at least 32 bytes)
 * @param header the request header carrying the admission token
 * @param gatesKey the Redis set (after the key prefix) queue-service keeps of the gates that are not closed
 * @param gatesCacheTime how long this instance reuses what it read of that set
 * @param protectedRoutes the routes behind a gate
 */
@ConfigurationProperties("rallypoint.gateway.admission")
record AdmissionProperties(@DefaultValue("true") boolean enabled, String secret,
        @DefaultValue("X-Admission-Token") String header, @DefaultValue("queue:protected-gates") String gatesKey,
        @DefaultValue("2s") Duration gatesCacheTime, @DefaultValue List<ProtectedRoute> protectedRoutes) {

    /**
     * A route that needs an admission token while its gate is protected.
     *
     * @param method the HTTP method
     * @param path a path pattern with variables, e.g. {@code /api/v1/events/{eventId}/dates/{dateId}/seats/{seat}/hold}
     * @param gate the gate's name with the path's variables, e.g. {@code event-date-{dateId}}
     */
    record ProtectedRoute(String method, String path, String gate) {
    }
}
