package dev.rallypoint.court;

import dev.rallypoint.support.problem.ProblemDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The one place where court-service's domain refusals become problems. */
@RestControllerAdvice
class CourtProblems {

    private static final Logger log = LoggerFactory.getLogger(CourtProblems.class);

    private final ProblemDetails problems;

    CourtProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    /** No database connection in time: the service is saturated, which the caller may retry. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(CannotCreateTransactionException ex) {
        log.warn("No database connection in time: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy"));
    }

    @ExceptionHandler
    ProblemDetail refused(CourtException ex) {
        HttpStatus status = switch (ex.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return problems.of(status, ex.code(), ex.arguments());
    }
}
