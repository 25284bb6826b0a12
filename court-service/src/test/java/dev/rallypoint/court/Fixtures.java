package dev.rallypoint.court;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.test.TestTokens;
import java.util.UUID;

/** Clubs and courts set up through the real API, as an admin and the club's manager would. */
public final class Fixtures {

    private static final UUID ADMIN_ID = UUID.randomUUID();

    /** An admin token signed when this class loaded: valid ten minutes only; prefer {@link #admin()}. */
    public static final String ADMIN = TestTokens.admin(ADMIN_ID);

    /** A fresh admin token (test tokens live ten minutes, a suite may run longer). */
    public static String admin() {
        return TestTokens.admin(ADMIN_ID);
    }

    private Fixtures() {
    }

    /** A club in the zone, open 06:00-22:00 every day in one-hour slots, with one court of base price 10000. */
    public static TestClub club(Api api, String zone) {
        UUID manager = UUID.randomUUID();
        String managerToken = TestTokens.courtManager(manager);
        Api.Response club = api.post("/api/v1/admin/clubs", admin(), json(
                "{'name':'Club %s','address':'1 Baseline Road','region':'Seoul','timeZone':'%s','managerIds':['%s']}",
                UUID.randomUUID(), zone, manager));
        assertThat(club.status()).as(club.toString()).isEqualTo(201);
        UUID clubId = UUID.fromString(club.json().path("id").asString());
        UUID courtId = addCourt(api, managerToken, clubId, "Court 1");
        return new TestClub(clubId, manager, managerToken, courtId);
    }

    public static UUID addCourt(Api api, String managerToken, UUID clubId, String name) {
        Api.Response court = api.post("/api/v1/manager/clubs/" + clubId + "/courts", managerToken,
                json("{'name':'%s','surface':'HARD','indoor':false,'basePrice':10000}", name));
        assertThat(court.status()).as(court.toString()).isEqualTo(201);
        return UUID.fromString(court.json().path("id").asString());
    }

    public record TestClub(UUID clubId, UUID managerId, String managerToken, UUID courtId) {
    }
}
