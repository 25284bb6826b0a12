package dev.rallypoint.match.court;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import feign.Request;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * court-service's reads asked with the <em>caller's</em> token: court-service answers only a member's own
 * reservation ({@code /reservations/{id}}), a reservation or a club the manager runs
 * ({@code /manager/reservations/{id}}, {@code /manager/clubs/{id}}), anything else 403/404 — so an answer
 * proves the caller may use it. Also the public list of a region's clubs.
 */
@FeignClient(name = "court-service", contextId = "caller-courts", url = "${rallypoint.match.court.url:}",
        configuration = CallerCourtClient.Timeouts.class)
interface CallerCourtClient {

    @GetMapping("/api/v1/reservations/{reservationId}")
    Reservation own(@RequestHeader("Authorization") String authorization, @PathVariable UUID reservationId);

    @GetMapping("/api/v1/manager/reservations/{reservationId}")
    Reservation managed(@RequestHeader("Authorization") String authorization, @PathVariable UUID reservationId);

    /** 200 when the caller manages the club (or is an admin); else 403 or 404. */
    @GetMapping("/api/v1/manager/clubs/{clubId}")
    ManagedClub managedClub(@RequestHeader("Authorization") String authorization, @PathVariable UUID clubId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ManagedClub(UUID id) {
    }

    /** The clubs of a region, a page at a time (a public list: the token only identifies the asker). */
    @GetMapping("/api/v1/clubs")
    ClubPage clubs(@RequestHeader("Authorization") String authorization, @RequestParam String region,
            @RequestParam int page, @RequestParam int size);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClubPage(List<ManagedClub> content, int totalPages) {
    }

    /** The part of court-service's reservation view match-service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reservation(UUID id, UUID courtId, UUID clubId, UUID memberId, Instant startsAt, Instant endsAt,
            String status) {
    }

    /** A player waits for this answer: short timeouts (not a {@code @Configuration}: this client's only). */
    class Timeouts {

        @Bean
        Request.Options options() {
            return new Request.Options(1, TimeUnit.SECONDS, 3, TimeUnit.SECONDS, true);
        }
    }
}
