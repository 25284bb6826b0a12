package dev.rallypoint.user.account;

import dev.rallypoint.support.problem.ProblemDetails;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Password hashing at capacity, wherever a password is checked (login, sign-up, changes): 503 with Retry-After. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PasswordHashingProblems {

    static final String RETRY_AFTER_SECONDS = "1";

    private final ProblemDetails problems;

    PasswordHashingProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(PasswordHashingBusy ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "password-hashing-busy"));
    }
}
