package dev.rallypoint.court.payment;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Holds and payments through the service's real HTTP API, and what the outbox stored. */
final class Payments {

    private final Api api;

    private final int port;

    private final JdbcClient jdbc;

    Payments(int port, JdbcClient jdbc) {
        this.api = new Api(port);
        this.port = port;
        this.jdbc = jdbc;
    }

    Api api() {
        return api;
    }

    /** Holds {@code hour}:00 to the next hour UTC, {@code days} from today, and answers the reservation id. */
    UUID hold(String token, UUID courtId, int days, int hour) {
        Instant start = LocalDate.now(ZoneOffset.UTC).plusDays(days).atTime(hour, 0).toInstant(ZoneOffset.UTC);
        Api.Response held = api.post("/api/v1/reservations", token, json("{'courtId':'%s','startsAt':'%s','endsAt':'%s'}",
                courtId, start, start.plusSeconds(3600)));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        return UUID.fromString(held.json().path("id").asString());
    }

    /** {@code POST /api/v1/reservations/{id}/payment} with the key ({@code null}: no key header). */
    Api.Response pay(UUID reservationId, String token, String key) {
        return api.postIdempotent("/api/v1/reservations/" + reservationId + "/payment", token, key);
    }

    Api.Response reservation(UUID reservationId, String token) {
        return api.get("/api/v1/reservations/" + reservationId, token);
    }

    String status(UUID reservationId) {
        return jdbc.sql("select status from reservation where id = ?").param(reservationId).query(String.class).single();
    }

    void awaitStatus(UUID reservationId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(status(reservationId)).isEqualTo(status));
    }

    /** Events of a type (simple class name) the outbox stored that mention the id. */
    long published(String type, UUID mentioned) {
        return jdbc.sql("select count(*) from event_publication where event_type like :type and serialized_event like :id")
                .param("type", "%." + type).param("id", "%" + mentioned + "%").query(Long.class).single();
    }

    UUID paymentOf(UUID reservationId) {
        return jdbc.sql("select id from payment where reservation_id = ? order by requested_at desc limit 1")
                .param(reservationId).query(UUID.class).single();
    }

    String paymentStatus(UUID paymentId) {
        return jdbc.sql("select status from payment where id = ?").param(paymentId).query(String.class).single();
    }
}
