package dev.rallypoint.notice.club;

import java.util.UUID;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * court-service's manager view of a club: it answers 200 to the club's managers and to admins, 403 to
 * anyone else and 404 for an unknown club. Found through Eureka ({@code lb://court-service}) unless
 * {@code rallypoint.notice.court-url} names an address.
 */
@FeignClient(name = "court-service", url = "${rallypoint.notice.court-url:}")
interface CourtClient {

    @GetMapping("/api/v1/manager/clubs/{clubId}")
    void managedClub(@RequestHeader("Authorization") String authorization, @PathVariable UUID clubId);
}
