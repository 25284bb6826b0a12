package dev.rallypoint.support.problem;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A database that is out of reach, or whose connections are all busy under a burst, makes a request
 * fail through no fault of the caller: it is a 503 the caller may retry shortly, not a 500. That
 * includes a connection lost in the middle of a transaction (a restarted PostgreSQL), which reaches
 * here not translated, e.g. as Hibernate's "unable to rollback": recognised by the SQLState of its
 * cause (class 08, connection exception; 57P, the server shutting down) or by the pool's closed connection.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseProblemHandler.class);

    /**
     * What HikariCP's proxy answers, without an SQLState, once the pool closed a broken connection: the
     * rollback of a transaction whose connection was lost fails with it, and hides the first failure.
     */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    @ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(NestedRuntimeException ex) {
        log.warn("Database unavailable: {}", ex.getMostSpecificCause().toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service is busy; retry in a moment.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(ProblemDetails.withCode(problem, "service-busy"));
    }

    @ExceptionHandler({ UncategorizedDataAccessException.class, TransactionSystemException.class })
    ResponseEntity<ProblemDetail> databaseFailed(NestedRuntimeException ex) {
        if (!connectionLost(ex)) {
            throw ex;
        }
        return databaseUnavailable(ex);
    }

    static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getSQLState() == null
                    ? CLOSED_BY_POOL.equals(sql.getMessage())
                    : sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
