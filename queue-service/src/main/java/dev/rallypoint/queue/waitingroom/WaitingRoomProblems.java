package dev.rallypoint.queue.waitingroom;

import dev.rallypoint.support.problem.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The waiting room's errors as problems with stable codes. */
@RestControllerAdvice
class WaitingRoomProblems {

    private final ProblemDetails problems;

    WaitingRoomProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail invalidGate(InvalidGateId ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "invalid-gate", ex.arguments());
    }

    @ExceptionHandler
    ProblemDetail gateNotFound(GateNotFound ex) {
        return problems.of(HttpStatus.NOT_FOUND, "gate-not-found", ex.arguments());
    }

    @ExceptionHandler
    ProblemDetail gateClosed(GateClosed ex) {
        return problems.of(HttpStatus.CONFLICT, "gate-closed", ex.arguments());
    }

    @ExceptionHandler
    ProblemDetail gateNotOpenYet(GateNotOpenYet ex) {
        return problems.of(HttpStatus.CONFLICT, "gate-not-open-yet", ex.arguments());
    }

    @ExceptionHandler
    ProblemDetail gateAlreadyExists(GateAlreadyExists ex) {
        return problems.of(HttpStatus.CONFLICT, "gate-already-exists", ex.arguments());
    }

    @ExceptionHandler
    ProblemDetail queueTokenNotFound(QueueTokenNotFound ex) {
        return problems.of(HttpStatus.NOT_FOUND, "queue-token-not-found", ex.arguments());
    }

    @ExceptionHandler
    ProblemDetail illegalTransition(IllegalGateTransition ex) {
        return problems.of(HttpStatus.CONFLICT, "illegal-gate-transition", ex.arguments());
    }
}
