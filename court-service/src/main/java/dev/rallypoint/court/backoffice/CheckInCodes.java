package dev.rallypoint.court.backoffice;

import dev.rallypoint.court.reservation.Reservation;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Six-digit codes members show at the desk, unique within a club among the codes not used yet; a code
 * is forgotten once its reservation is checked in or missed.
 */
@Component
class CheckInCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CheckInCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reservation's code, made on first asking; a code another reservation of the club has is drawn again. */
    String codeOf(Reservation reservation) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = "%06d".formatted(RANDOM.nextInt(1_000_000));
            jdbc.sql("""
                    insert into check_in_code (reservation_id, club_id, code) values (?, ?, ?)
                    on conflict do nothing""")
                    .params(reservation.id(), reservation.clubId(), candidate)
                    .update();
            Optional<String> code = jdbc.sql("select code from check_in_code where reservation_id = ?")
                    .param(reservation.id())
                    .query(String.class)
                    .optional();
            if (code.isPresent()) {
                return code.get();
            }
        }
        throw new IllegalStateException("No free check-in code in club " + reservation.clubId());
    }

    Optional<UUID> reservationOf(UUID clubId, String code) {
        return jdbc.sql("select reservation_id from check_in_code where club_id = ? and code = ?")
                .params(clubId, code)
                .query(UUID.class)
                .optional();
    }

    void forget(UUID reservationId) {
        jdbc.sql("delete from check_in_code where reservation_id = ?").param(reservationId).update();
    }
}
