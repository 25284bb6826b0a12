package dev.rallypoint.user.wallet;

import dev.rallypoint.support.problem.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The wallet's refusals as problems with stable codes.
 */
@RestControllerAdvice(assignableTypes = { WalletController.class, AdminWalletController.class })
class WalletProblems {

    private final ProblemDetails problems;

    WalletProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail insufficient(InsufficientPoints ex) {
        return problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "insufficient-points", ex.balance().value(),
                ex.requested().value());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidPoints ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "invalid-points", ex.value());
    }

    @ExceptionHandler
    ProblemDetail limit(BalanceLimitExceeded ex) {
        return problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "wallet-limit-exceeded", ex.limit().value());
    }

    @ExceptionHandler
    ProblemDetail notFound(LedgerEntryNotFound ex) {
        return problems.of(HttpStatus.NOT_FOUND, "ledger-entry-not-found");
    }
}
