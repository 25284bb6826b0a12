package dev.rallypoint.gateway;

import dev.rallypoint.support.problem.ProblemDetails;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker sends a call its service could not answer: down, unreachable,
 * too slow, or shed while the breaker is open (a 503 problem with Retry-After); and a call the
 * service answered with a status the breaker counts as a failure (that status, as a problem).
 */
@RestController
class FallbackController {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        if (exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR)
                instanceof HttpStatusCodeException failed) {
            return failedAnswer(failed.getStatusCode(), exchange);
        }
        ProblemDetail problem = ProblemDetails.withCode(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                service + " is not available right now; try again shortly."), "service-unavailable");
        problem.setProperty("service", service);
        String path = exchange.getAttribute(RequestContextWebFilter.ORIGINAL_PATH);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .body(problem);
    }

    /** The service answered, with a status its breaker counts as a failure: the caller gets that status, as a problem. */
    private static ResponseEntity<ProblemDetail> failedAnswer(HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetails.withCode(ProblemDetail.forStatus(status), ProblemDetails.codeFor(status));
        String path = exchange.getAttribute(RequestContextWebFilter.ORIGINAL_PATH);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
