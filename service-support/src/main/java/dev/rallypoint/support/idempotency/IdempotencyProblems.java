package dev.rallypoint.support.idempotency;

import dev.rallypoint.support.problem.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers of the {@code Idempotency-Key} protocol.
 */
@RestControllerAdvice
class IdempotencyProblems {

    private final ProblemDetails problems;

    IdempotencyProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail missing(IdempotencyKeyMissing ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "idempotency-key-missing");
    }

    @ExceptionHandler
    ProblemDetail reused(IdempotencyKeyReused ex) {
        return problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused");
    }

    @ExceptionHandler
    ProblemDetail inFlight(IdempotencyKeyInFlight ex) {
        return problems.of(HttpStatus.CONFLICT, "idempotency-key-in-flight");
    }
}
