package dev.rallypoint.user.account;

import dev.rallypoint.support.problem.ProblemDetails;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The account exceptions as problems, for the controllers of this package. */
@RestControllerAdvice(basePackageClasses = AccountProblems.class)
class AccountProblems {

    private final ProblemDetails problems;

    AccountProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail invalidEmailToken(InvalidEmailToken ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "invalid-email-token");
    }

    @ExceptionHandler
    ProblemDetail accountNotFound(AccountNotFound ex) {
        return problems.of(HttpStatus.NOT_FOUND, "user-not-found");
    }

    @ExceptionHandler
    ProblemDetail passwordMismatch(CurrentPasswordMismatch ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "current-password-mismatch");
    }

    @ExceptionHandler
    ProblemDetail stateConflict(AccountStateConflict ex) {
        return problems.of(HttpStatus.CONFLICT, "account-state-conflict", ex.status);
    }

    @ExceptionHandler
    ProblemDetail selfLockout(SelfLockout ex) {
        return problems.of(HttpStatus.CONFLICT, "self-lockout");
    }

    @ExceptionHandler
    ProblemDetail applicationPending(ApplicationPending ex) {
        return problems.of(HttpStatus.CONFLICT, "application-pending");
    }

    @ExceptionHandler
    ProblemDetail applicationDecided(ApplicationAlreadyDecided ex) {
        return problems.of(HttpStatus.CONFLICT, "application-decided");
    }

    @ExceptionHandler
    ProblemDetail applicationNotFound(ApplicationNotFound ex) {
        return problems.of(HttpStatus.NOT_FOUND, "application-not-found");
    }

    /** Two changes of one account at the same time: the later one is refused, not merged blindly. */
    @ExceptionHandler
    ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
        return problems.of(HttpStatus.CONFLICT, "concurrent-change");
    }
}
