package dev.rallypoint.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionSystemException;

class DatabaseProblemHandlerTests {

    final DatabaseProblemHandler handler = new DatabaseProblemHandler();

    @Test
    void aConnectionLostInTheMiddleOfATransactionIsA503TheCallerMayRetry() {
        // what the services threw when PostgreSQL restarted under a request: the rollback failed on the pool's closed
        // connection ("Unable to rollback against JDBC Connection", HikariCP's SQLException without an SQLState)
        TransactionSystemException rollbackFailed = new TransactionSystemException("Unable to rollback against JDBC Connection",
                new IllegalStateException("rollback", new SQLException("Connection is closed")));

        ResponseEntity<ProblemDetail> answer = handler.databaseFailed(rollbackFailed);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "service-busy");
        assertThat(handler.databaseFailed(new TransactionSystemException("commit failed",
                new SQLException("terminating connection due to administrator command", "57P01"))).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(handler.databaseFailed(new TransactionSystemException("commit failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void anyOtherFailureStaysTheServersOwn() {
        TransactionSystemException other = new TransactionSystemException("commit failed",
                new SQLException("division by zero", "22012"));
        TransactionSystemException withoutState = new TransactionSystemException("commit failed",
                new SQLException("something else"));

        assertThatThrownBy(() -> handler.databaseFailed(other)).isSameAs(other);
        assertThatThrownBy(() -> handler.databaseFailed(withoutState)).isSameAs(withoutState);
        assertThatThrownBy(() -> handler.databaseFailed(new TransactionSystemException("no cause"))).isInstanceOf(
                TransactionSystemException.class);
    }
}
