package dev.rallypoint.support.redis;

import dev.rallypoint.support.problem.ProblemDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that cannot be served without Redis while Redis does not answer: {@code 503 service-busy}
 * with {@code Retry-After} (when the breaker next tries Redis), the same problem as a database outage.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class RedisProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(RedisProblemHandler.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> redisUnavailable(RedisUnavailable ex) {
        log.warn("Request refused, Redis unavailable: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service is busy; retry in a moment.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
                .body(ProblemDetails.withCode(problem, "service-busy"));
    }
}
