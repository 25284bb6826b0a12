package dev.rallypoint.court.club;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClubManagementTests extends HttpTest {

    @Test
    void adminOpensAClubThatItsManagerConfiguresAndAnyoneBrowses() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "Asia/Seoul");
        String base = "/api/v1/manager/clubs/" + club.clubId();

        Api.Response schedule = api.put(base + "/schedule", club.managerToken(), json(
                "{'slotMinutes':30,'hours':[{'day':'MONDAY','opens':'07:00','closes':'23:00'},{'day':'SATURDAY','opens':'08:00','closes':'00:00'}]}"));
        Api.Response rules = api.put(base + "/booking-rules", club.managerToken(), json(
                "{'advanceWindowDays':7,'minimumNoticeMinutes':60,'maxSlotsPerReservation':4,'maxActiveHolds':2,"
                        + "'maxActiveReservations':3,'cancellationDeadlineHours':12,'cancellationFeePercent':30}"));
        Api.Response prices = api.put(base + "/price-rules", club.managerToken(), json(
                "{'rules':[{'label':'evening peak','from':'18:00','until':'22:00','percent':150},"
                        + "{'label':'weekend','days':['SATURDAY','SUNDAY'],'from':'00:00','until':'00:00','percent':120}]}"));

        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        assertThat(prices.status()).as(prices.toString()).isEqualTo(200);
        Api.Response publicView = api.get("/api/v1/clubs/" + club.clubId(), null);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.json().path("slotMinutes").asInt()).isEqualTo(30);
        assertThat(publicView.json().path("openingHours")).hasSize(2);
        assertThat(publicView.json().path("bookingRules").path("cancellationFeePercent").asInt()).isEqualTo(30);
        assertThat(publicView.json().path("priceRules")).hasSize(3);
        assertThat(publicView.json().has("managers")).isFalse();
        Api.Response courts = api.get("/api/v1/clubs/" + club.clubId() + "/courts", null);
        assertThat(courts.json()).hasSize(1);
        assertThat(api.get("/api/v1/courts/" + club.courtId(), null).json().path("basePrice").asLong()).isEqualTo(10000);
        assertThat(api.get(base, club.managerToken()).json().path("managers").get(0).asString())
                .isEqualTo(club.managerId().toString());
    }

    @Test
    void aManagerCannotManageAnotherClub() {
        Api api = api();
        Fixtures.TestClub mine = Fixtures.club(api, "Europe/Berlin");
        Fixtures.TestClub theirs = Fixtures.club(api, "Europe/Berlin");
        String base = "/api/v1/manager/clubs/" + theirs.clubId();

        Api.Response reschedule = api.put(base + "/schedule", mine.managerToken(),
                json("{'slotMinutes':30,'hours':[]}"));
        Api.Response addCourt = api.post(base + "/courts", mine.managerToken(),
                json("{'name':'Sneaky','surface':'CLAY','indoor':true,'basePrice':1}"));
        Api.Response retire = api.delete(base + "/courts/" + theirs.courtId(), mine.managerToken());
        Api.Response view = api.get(base, mine.managerToken());

        assertThat(reschedule.status()).isEqualTo(403);
        assertThat(reschedule.isProblem()).isTrue();
        assertThat(reschedule.code()).isEqualTo("not-club-manager");
        assertThat(addCourt.status()).isEqualTo(403);
        assertThat(retire.status()).isEqualTo(403);
        assertThat(view.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/manager/clubs", mine.managerToken()).json().path("content"))
                .extracting(club -> club.path("id").asString()).containsExactly(mine.clubId().toString());
        assertThat(api.get("/api/v1/clubs/" + theirs.clubId() + "/courts", null).json()).hasSize(1);
    }

    @Test
    void onlyAdminsOpenClubsAndAssignManagers() {
        Api api = api();
        String body = json("{'name':'Mine','address':'x','region':'Seoul','timeZone':'UTC'}");
        UUID manager = UUID.randomUUID();

        assertThat(api.post("/api/v1/admin/clubs", TestTokens.courtManager(manager), body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/clubs", TestTokens.member(manager), body).status()).isEqualTo(403);
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        Api.Response assigned = api.put("/api/v1/admin/clubs/" + club.clubId() + "/managers/" + manager, Fixtures.admin(), null);
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/manager/clubs/" + club.clubId(), TestTokens.courtManager(manager)).status()).isEqualTo(200);
        api.delete("/api/v1/admin/clubs/" + club.clubId() + "/managers/" + manager, Fixtures.admin());
        assertThat(api.get("/api/v1/manager/clubs/" + club.clubId(), TestTokens.courtManager(manager)).status()).isEqualTo(403);
    }

    @Test
    void refusesBadClubInputWithProblems() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String base = "/api/v1/manager/clubs/" + club.clubId();

        Api.Response badZone = api.post("/api/v1/admin/clubs", Fixtures.admin(),
                json("{'name':'X','address':'x','region':'Seoul','timeZone':'Mars/Olympus'}"));
        Api.Response shortSlots = api.put(base + "/schedule", club.managerToken(), json("{'slotMinutes':5,'hours':[]}"));
        Api.Response closesBeforeOpening = api.put(base + "/schedule", club.managerToken(),
                json("{'slotMinutes':60,'hours':[{'day':'MONDAY','opens':'20:00','closes':'08:00'}]}"));
        Api.Response twiceMonday = api.put(base + "/schedule", club.managerToken(), json(
                "{'slotMinutes':60,'hours':[{'day':'MONDAY','opens':'08:00','closes':'10:00'},{'day':'MONDAY','opens':'12:00','closes':'14:00'}]}"));
        Api.Response fee = api.put(base + "/booking-rules", club.managerToken(), json(
                "{'advanceWindowDays':7,'minimumNoticeMinutes':60,'maxSlotsPerReservation':4,'maxActiveHolds':2,"
                        + "'maxActiveReservations':3,'cancellationDeadlineHours':12,'cancellationFeePercent':130}"));
        Api.Response malformedId = api.get("/api/v1/clubs/not-a-uuid", null);
        Api.Response unknown = api.get("/api/v1/clubs/" + UUID.randomUUID(), null);

        assertThat(badZone.status()).isEqualTo(400);
        assertThat(shortSlots.status()).isEqualTo(400);
        assertThat(closesBeforeOpening.status()).isEqualTo(400);
        assertThat(closesBeforeOpening.code()).isEqualTo("invalid-schedule");
        assertThat(twiceMonday.status()).isEqualTo(400);
        assertThat(fee.status()).isEqualTo(400);
        assertThat(malformedId.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("club-not-found");
        assertThat(java.util.List.of(badZone, shortSlots, closesBeforeOpening, twiceMonday, fee, malformedId, unknown))
                .allSatisfy(response -> assertThat(response.isProblem()).as(response.toString()).isTrue());
    }
}
