package dev.rallypoint.support.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every exception Spring MVC raises for a bad request into a problem with a stable
 * {@code code} and, for validation, the rejected fields. Ordered last, so a service's own advice for
 * its domain exceptions always wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FrameworkProblemHandler extends ResponseEntityExceptionHandler {

    private static final Map<Class<? extends Exception>, String> CODES = Map.ofEntries(
            Map.entry(MethodArgumentNotValidException.class, "validation-failed"),
            Map.entry(HandlerMethodValidationException.class, "validation-failed"),
            Map.entry(HttpMessageNotReadableException.class, "malformed-body"),
            Map.entry(TypeMismatchException.class, "invalid-parameter"),
            Map.entry(MissingRequestHeaderException.class, "missing-header"),
            Map.entry(ServletRequestBindingException.class, "missing-parameter"),
            Map.entry(NoResourceFoundException.class, "not-found"),
            Map.entry(HttpRequestMethodNotSupportedException.class, "method-not-allowed"),
            Map.entry(HttpMediaTypeNotSupportedException.class, "unsupported-media-type"),
            Map.entry(HttpMediaTypeNotAcceptableException.class, "not-acceptable"),
            Map.entry(MaxUploadSizeExceededException.class, "payload-too-large"),
            Map.entry(AsyncRequestTimeoutException.class, "timeout"));

    @ExceptionHandler
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some inputs are invalid.");
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(violation -> new FieldError(leaf(violation.getPropertyPath().toString()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
        return ProblemDetails.withCode(problem, "validation-failed");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            ProblemDetails.withCode(problem, codeOf(ex, statusCode));
            List<FieldError> errors = errorsOf(ex);
            if (!errors.isEmpty()) {
                problem.setDetail("Some inputs are invalid.");
                problem.setProperty("errors", errors);
            }
        }
        return response;
    }

    private static String codeOf(Exception ex, HttpStatusCode status) {
        for (Class<?> type = ex.getClass(); type != null; type = type.getSuperclass()) {
            String code = CODES.get(type);
            if (code != null) {
                return code;
            }
        }
        return ProblemDetails.codeFor(status);
    }

    private static List<FieldError> errorsOf(Exception ex) {
        return switch (ex) {
            case MethodArgumentNotValidException invalid -> errorsOf(invalid.getBindingResult());
            case HandlerMethodValidationException invalid -> invalid.getAllErrors().stream()
                    .map(error -> new FieldError(fieldOf(error), error.getDefaultMessage()))
                    .toList();
            case HttpMessageNotReadableException unreadable
                    when unreadable.getMostSpecificCause() instanceof JacksonException json && !json.getPath().isEmpty() ->
                    List.of(new FieldError(pathOf(json), "has an unreadable value"));
            case TypeMismatchException mismatch when mismatch.getPropertyName() != null ->
                    List.of(new FieldError(mismatch.getPropertyName(), "has an unreadable value"));
            default -> List.of();
        };
    }

    private static List<FieldError> errorsOf(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static String fieldOf(MessageSourceResolvable error) {
        if (error instanceof org.springframework.validation.FieldError field) {
            return field.getField();
        }
        String[] codes = error.getCodes();
        return codes != null && codes.length > 0 ? leaf(codes[0]) : "request";
    }

    private static String pathOf(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
