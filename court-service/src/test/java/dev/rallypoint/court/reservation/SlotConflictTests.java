package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class SlotConflictTests {

    @Test
    void anExclusionViolationIsALostRace() {
        assertThat(Reservations.isSlotConflict(new DataIntegrityViolationException("overlap",
                new SQLException("conflicting key value violates exclusion constraint", "23P01")))).isTrue();
    }

    @Test
    void aFailureWithoutSqlStateIsNoConflictAndNoCrash() {
        // PostgreSQL restarted under a hold: the rollback failed on the pool's closed connection, whose exception
        // has no SQLState; the check threw NullPointerException (a 500) instead of letting the 503 mapping answer
        assertThat(Reservations.isSlotConflict(new TransactionSystemException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")))).isFalse();
    }
}
