package dev.rallypoint.court.waitlist;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Times of the test clubs (UTC, open 06:00-22:00 in one-hour slots), hold and waitlist bodies. */
final class Waiting {

    private Waiting() {
    }

    /** {@code hour}:00 UTC, {@code days} days from today. */
    static Instant at(int days, int hour) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    static String hold(UUID courtId, int days, int fromHour, int toHour) {
        return json("{'courtId':'%s','startsAt':'%s','endsAt':'%s'}", courtId, at(days, fromHour), at(days, toHour));
    }

    static String forCourt(UUID courtId, int days, int fromHour, int toHour) {
        return json("{'courtId':'%s','from':'%s','to':'%s','partySize':2}", courtId, at(days, fromHour), at(days, toHour));
    }

    static String forClub(UUID clubId, int days, int fromHour, int toHour, int minutes) {
        return json("{'clubId':'%s','from':'%s','to':'%s','minutes':%d,'partySize':4}", clubId, at(days, fromHour),
                at(days, toHour), minutes);
    }

    /** Holds a slot and answers the reservation's path. */
    static String held(Api api, String token, String body) {
        Api.Response held = api.post("/api/v1/reservations", token, body);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        return held.headers().firstValue("Location").orElseThrow();
    }

    /** Joins the waitlist and answers the entry's id. */
    static String joined(Api api, String token, String body) {
        Api.Response joined = api.post("/api/v1/waitlist", token, body);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.json().path("status").asString()).isEqualTo("WAITING");
        return joined.json().path("id").asString();
    }
}
