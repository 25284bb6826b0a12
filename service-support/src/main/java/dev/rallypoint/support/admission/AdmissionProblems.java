package dev.rallypoint.support.admission;

import dev.rallypoint.support.problem.ProblemDetails;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Work stopped because its caller's deadline passed answers 504 {@code deadline-exceeded}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdmissionProblems {

    @ExceptionHandler
    ProblemDetail deadlineExceeded(RequestDeadline.DeadlineExceeded ex) {
        return ProblemDetails.withCode(ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
                "The caller stopped waiting for this request before it could be worked on."), "deadline-exceeded");
    }
}
