package dev.rallypoint.match.court;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * court-service's holds for matches ({@code MatchHoldController} there), asked with match-service's service
 * token. Found through Eureka ({@code lb://court-service}) unless {@code rallypoint.match.court.url} names an
 * address.
 */
@FeignClient(name = "court-service", url = "${rallypoint.match.court.url:}")
interface CourtClient {

    /** 201 with the hold on the first free court of the club; 409 {@code slot-taken} when none is free. */
    @PostMapping("/api/v1/match-holds")
    CourtReservation hold(@RequestHeader("Authorization") String authorization,
            @RequestHeader("Idempotency-Key") String idempotencyKey, @RequestBody HoldRequest request);

    @PostMapping("/api/v1/match-holds/{reservationId}/release")
    CourtReservation release(@RequestHeader("Authorization") String authorization, @PathVariable UUID reservationId,
            @RequestBody ReleaseRequest request);

    /**
     * The players paid the hold between them: 200 with the reservation {@code CONFIRMED} (also when it already
     * was); 409 when it is no longer a running hold.
     */
    @PostMapping("/api/v1/match-holds/{reservationId}/split-payment")
    CourtReservation paidBySplit(@RequestHeader("Authorization") String authorization, @PathVariable UUID reservationId,
            @RequestBody SplitPaymentRequest request);

    record HoldRequest(UUID memberId, UUID clubId, Instant startsAt, Instant endsAt) {
    }

    record ReleaseRequest(UUID memberId) {
    }

    record SplitPaymentRequest(UUID memberId) {
    }

    /** The part of court-service's reservation view match-service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CourtReservation(UUID id, UUID courtId, UUID memberId, String status, Instant heldUntil, long price) {
    }
}
