package dev.rallypoint.court.availability;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

class AvailabilityTests extends HttpTest {

    @Autowired
    RedissonClient redisson;

    @Value("${rallypoint.redis.key-prefix}")
    String prefix;

    final String member = TestTokens.member(UUID.randomUUID());

    static LocalDate inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days);
    }

    static Instant at(int days, int hour) {
        return inDays(days).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    static String hold(UUID courtId, int days, int from, int to) {
        return json("{'courtId':'%s','startsAt':'%s','endsAt':'%s'}", courtId, at(days, from), at(days, to));
    }

    static String statusAt(JsonNode day, int hour) {
        for (JsonNode slot : day.path("slots")) {
            if (slot.path("localStart").asString().startsWith("%02d:00".formatted(hour))) {
                return slot.path("status").asString();
            }
        }
        throw new AssertionError("no slot at " + hour + " in " + day);
    }

    @Test
    void aTakenSlotIsNeverShownFreeAndAFreedOneIsShownFreeAtOnce() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String path = "/api/v1/courts/" + club.courtId() + "/availability?date=" + inDays(1);

        JsonNode before = api.get(path, null).json().path("days").get(0);
        String location = api.post("/api/v1/reservations", member, hold(club.courtId(), 1, 10, 11))
                .headers().firstValue("Location").orElseThrow();
        JsonNode held = api.get(path, null).json().path("days").get(0);
        api.post(location + "/cancellation", member, null);
        JsonNode cancelled = api.get(path, null).json().path("days").get(0);

        assertThat(before.path("slots")).hasSize(16);
        assertThat(statusAt(before, 10)).isEqualTo("FREE");
        assertThat(before.path("slots").get(0).path("price").asLong()).isEqualTo(10000);
        assertThat(statusAt(held, 10)).isEqualTo("TAKEN");
        assertThat(statusAt(held, 11)).isEqualTo("FREE");
        assertThat(statusAt(cancelled, 10)).isEqualTo("FREE");
        assertThat(redisson.getKeys().getKeysStreamByPattern(prefix + "court:" + club.courtId() + ":availability:*").count())
                .as("days are cached per calendar version").isGreaterThanOrEqualTo(2);
    }

    @Test
    void blocksAndScheduleChangesShowAtOnce() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String path = "/api/v1/courts/" + club.courtId() + "/availability?date=" + inDays(2);
        api.get(path, null);

        api.post("/api/v1/manager/clubs/" + club.clubId() + "/blocks", club.managerToken(),
                json("{'courtId':'%s','startsAt':'%s','endsAt':'%s','reason':'EVENT'}", club.courtId(), at(2, 8), at(2, 10)));
        JsonNode blocked = api.get(path, null).json().path("days").get(0);
        api.put("/api/v1/manager/clubs/" + club.clubId() + "/schedule", club.managerToken(), json(
                "{'slotMinutes':30,'hours':[{'day':'%s','opens':'09:00','closes':'12:00'}]}", inDays(2).getDayOfWeek()));
        JsonNode rescheduled = api.get(path, null).json();

        assertThat(statusAt(blocked, 8)).isEqualTo("BLOCKED");
        assertThat(statusAt(blocked, 10)).isEqualTo("FREE");
        assertThat(rescheduled.path("slotMinutes").asInt()).isEqualTo(30);
        assertThat(rescheduled.path("days").get(0).path("slots")).hasSize(6);
    }

    @Test
    void daysAreLaidOutInTheClubsZoneAcrossDaylightSavingChanges() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "Europe/Berlin");
        api.put("/api/v1/manager/clubs/" + club.clubId() + "/schedule", club.managerToken(), json("{'slotMinutes':60,'hours':["
                + "{'day':'SATURDAY','opens':'00:00','closes':'00:00'},{'day':'SUNDAY','opens':'00:00','closes':'00:00'}]}"));

        JsonNode spring = api.get("/api/v1/courts/" + club.courtId() + "/availability?from=2027-03-27&to=2027-03-28", null).json();
        JsonNode autumn = api.get("/api/v1/courts/" + club.courtId() + "/availability?date=2027-10-31", null).json();

        assertThat(spring.path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(spring.path("days").get(0).path("slots")).hasSize(24);
        assertThat(spring.path("days").get(1).path("slots")).hasSize(23);
        assertThat(spring.path("days").get(1).path("slots").get(2).path("localStart").asString()).startsWith("03:00");
        assertThat(autumn.path("days").get(0).path("slots")).hasSize(25);
        assertThat(autumn.path("days").get(0).path("slots").get(0).path("startsAt").asString()).isEqualTo("2027-10-30T22:00:00Z");
    }

    @Test
    void refusesBadDateRanges() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String base = "/api/v1/courts/" + club.courtId() + "/availability";

        assertThat(api.get(base + "?from=2027-01-10&to=2027-01-01", null).status()).isEqualTo(400);
        assertThat(api.get(base + "?from=2027-01-01&to=2027-03-01", null).status()).isEqualTo(400);
        assertThat(api.get(base, null).status()).isEqualTo(400);
        assertThat(api.get(base + "?date=tomorrow", null).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/courts/" + UUID.randomUUID() + "/availability?date=2027-01-01", null).status()).isEqualTo(404);
    }

    @Test
    void searchesCourtsByRegionSurfaceRoofPriceAndFreeTime() {
        Api api = api();
        String region = "Region-" + UUID.randomUUID();
        UUID manager = UUID.randomUUID();
        String managerToken = TestTokens.courtManager(manager);
        String clubId = api.post("/api/v1/admin/clubs", Fixtures.admin(), json(
                "{'name':'Search club','address':'x','region':'%s','timeZone':'UTC','managerIds':['%s']}", region, manager))
                .json().path("id").asString();
        String courts = "/api/v1/manager/clubs/" + clubId + "/courts";
        String hard = api.post(courts, managerToken, json("{'name':'A','surface':'HARD','indoor':false,'basePrice':10000}"))
                .json().path("id").asString();
        String clay = api.post(courts, managerToken, json("{'name':'B','surface':'CLAY','indoor':true,'basePrice':20000}"))
                .json().path("id").asString();
        api.post("/api/v1/reservations", member, hold(UUID.fromString(clay), 3, 10, 11));
        String search = "/api/v1/courts?region=" + region.toLowerCase();

        assertThat(ids(api.get(search, null))).containsExactly(hard, clay);
        assertThat(ids(api.get(search + "&surface=CLAY", null))).containsExactly(clay);
        assertThat(ids(api.get(search + "&indoor=false", null))).containsExactly(hard);
        assertThat(ids(api.get(search + "&minPrice=15000&maxPrice=25000", null))).containsExactly(clay);
        assertThat(ids(api.get(search + "&freeFrom=" + at(3, 10) + "&freeTo=" + at(3, 11), null))).containsExactly(hard);
        assertThat(ids(api.get(search + "&freeFrom=" + at(3, 11) + "&freeTo=" + at(3, 12), null))).containsExactly(hard, clay);
        assertThat(ids(api.get(search + "&freeFrom=" + at(3, 22) + "&freeTo=" + at(3, 23), null))).as("closed").isEmpty();
        Api.Response paged = api.get(search + "&size=1&page=1", null);
        assertThat(ids(paged)).containsExactly(clay);
        assertThat(paged.json().path("totalElements").asInt()).isEqualTo(2);
        assertThat(api.get(search + "&size=500", null).status()).isEqualTo(400);
        assertThat(api.get(search + "&surface=LAVA", null).status()).isEqualTo(400);
    }

    static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("content").valueStream().map(node -> node.path("courtId").asString()).toList();
    }
}
