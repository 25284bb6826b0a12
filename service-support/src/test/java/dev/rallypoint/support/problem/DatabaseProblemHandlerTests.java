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
        // what Hibernate threw when PostgreSQL restarted under a request: "Unable to rollback against JDBC Connection"
        TransactionSystemException rollbackFailed = new TransactionSystemException("Unable to rollback against JDBC Connection",
                new IllegalStateException("rollback", new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        ResponseEntity<ProblemDetail> answer = handler.databaseFailed(rollbackFailed);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "service-busy");
        assertThat(handler.databaseFailed(new TransactionSystemException("commit failed",
                new SQLException("terminating connection due to administrator command", "57P01"))).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void anyOtherFailureStaysTheServersOwn() {
        TransactionSystemException other = new TransactionSystemException("commit failed",
                new SQLException("division by zero", "22012"));

        assertThatThrownBy(() -> handler.databaseFailed(other)).isSameAs(other);
        assertThatThrownBy(() -> handler.databaseFailed(new TransactionSystemException("no cause"))).isInstanceOf(
                TransactionSystemException.class);
    }
}
