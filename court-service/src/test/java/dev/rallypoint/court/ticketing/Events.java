package dev.rallypoint.court.ticketing;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Ticketed events set up through the real API, and the calls a member makes on them. */
final class Events {

    private Events() {
    }

    /** An event of the club with one date {@code days} ahead and {@code seats} seats at {@code price}. */
    static TestEvent announce(Api api, Fixtures.TestClub club, int seats, long price, int days) {
        Instant startsAt = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Api.Response created = api.post("/api/v1/manager/events", club.managerToken(), json(
                "{'title':'Exhibition %s','clubId':'%s','dates':['%s'],'seatsPerDate':%d,'pricePerSeat':%d,'highDemand':true}",
                UUID.randomUUID(), club.clubId(), startsAt, seats, price));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID eventId = UUID.fromString(created.json().path("id").asString());
        UUID dateId = UUID.fromString(created.json().path("dates").get(0).path("id").asString());
        return new TestEvent(eventId, dateId, club);
    }

    record TestEvent(UUID eventId, UUID dateId, Fixtures.TestClub club) {

        String base() {
            return "/api/v1/events/" + eventId + "/dates/" + dateId;
        }

        String hold(int seat) {
            return base() + "/seats/" + seat + "/hold";
        }

        String reservation(String reservationId) {
            return base() + "/seat-reservations/" + reservationId;
        }

        String payment(String reservationId) {
            return reservation(reservationId) + "/payment";
        }

        String seats() {
            return base() + "/seats";
        }
    }
}
