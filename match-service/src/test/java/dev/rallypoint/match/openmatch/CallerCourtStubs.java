package dev.rallypoint.match.openmatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.rallypoint.match.TestCourts;
import java.time.Instant;
import java.util.UUID;

/**
 * court-service's reads with the caller's token on the contract stub, the way court-service answers them: a
 * reservation or a managed club to the token court-service shows it to, 404 to anyone else; a region's clubs.
 */
public final class CallerCourtStubs {

    private CallerCourtStubs() {
    }

    /** A reservation court-service shows at {@code path} to the holder of {@code token} only. */
    private static UUID reservation(String path, String token, UUID member, UUID club, Instant start, String status) {
        UUID id = UUID.randomUUID();
        TestCourts.SERVER.stubFor(get(urlEqualTo(path + id)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","courtId":"%s","clubId":"%s","memberId":"%s","startsAt":"%s","endsAt":"%s",\
                        "status":"%s","price":20000,"heldUntil":null,"createdAt":"2026-01-01T00:00:00Z"}"""
                        .formatted(id, UUID.randomUUID(), club, member, start, start.plusSeconds(3600), status))));
        return id;
    }

    public static UUID own(String token, UUID member, UUID club, Instant start, String status) {
        return reservation("/api/v1/reservations/", token, member, club, start, status);
    }

    static UUID managed(String token, UUID club, Instant start) {
        return reservation("/api/v1/manager/reservations/", token, UUID.randomUUID(), club, start, "CONFIRMED");
    }

    /** A reservation whose read court-service never answers (the connection is dropped). */
    static UUID unreachable() {
        UUID id = UUID.randomUUID();
        TestCourts.SERVER.stubFor(get(urlEqualTo("/api/v1/reservations/" + id))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        return id;
    }

    /** court-service shows the holder of {@code token} as a manager of the club. */
    public static void managedClub(String token, UUID club) {
        TestCourts.SERVER.stubFor(get(urlEqualTo("/api/v1/manager/clubs/" + club))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"%s\",\"name\":\"Club\",\"region\":\"Seoul\"}".formatted(club))));
    }

    /** court-service lists these clubs in the region (one page). */
    public static void region(String region, UUID... clubs) {
        TestCourts.SERVER.stubFor(get(urlPathEqualTo("/api/v1/clubs")).withQueryParam("region", equalTo(region))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"content\":[" + String.join(",", java.util.Arrays.stream(clubs)
                                .map(club -> "{\"id\":\"" + club + "\",\"region\":\"" + region + "\"}").toList())
                                + "],\"page\":0,\"size\":100,\"totalElements\":" + clubs.length + ",\"totalPages\":1}")));
    }

    /** court-service drops the connection when asked for the region's clubs. */
    public static void unreachableRegion(String region) {
        TestCourts.SERVER.stubFor(get(urlPathEqualTo("/api/v1/clubs")).withQueryParam("region", equalTo(region))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }
}
