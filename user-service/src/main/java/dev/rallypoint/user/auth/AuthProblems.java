package dev.rallypoint.user.auth;

import dev.rallypoint.support.problem.ProblemDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Login and token failures as problems. */
@RestControllerAdvice
class AuthProblems {

    private final ProblemDetails problems;

    AuthProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail invalidCredentials(InvalidCredentials ex) {
        return problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> throttled(LoginThrottled ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter.toSeconds())))
                .body(problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts"));
    }

    @ExceptionHandler
    ProblemDetail notActive(AccountNotActive ex) {
        return problems.of(HttpStatus.FORBIDDEN, "account-suspended");
    }

    @ExceptionHandler
    ProblemDetail invalidRefreshToken(InvalidRefreshToken ex) {
        return problems.of(HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
    }

    @ExceptionHandler
    ProblemDetail invalidClient(InvalidClient ex) {
        return problems.of(HttpStatus.UNAUTHORIZED, "invalid-client");
    }

    @ExceptionHandler
    ProblemDetail unsupportedGrant(UnsupportedGrantType ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "unsupported-grant-type");
    }
}
