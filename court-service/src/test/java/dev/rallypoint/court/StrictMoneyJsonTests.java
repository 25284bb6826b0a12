package dev.rallypoint.court;

import static dev.rallypoint.court.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every amount of money court-service accepts (a court's base price, an event's seat price, a price
 * rule's percentage) must be a JSON number: a string, a boolean or a fraction is a 400 problem and
 * nothing is stored.
 */
class StrictMoneyJsonTests extends HttpTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = { "'10000'", "''", "true", "10000.5", "10000.0" })
    void refusesACourtPriceThatIsNotAWholeNumber(String price) {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "Asia/Seoul");

        Api.Response response = api.post("/api/v1/manager/clubs/" + club.clubId() + "/courts", club.managerToken(),
                json("{'name':'Court 2','surface':'HARD','indoor':false,'basePrice':%s}", price));

        assertMalformed(response);
        assertThat(jdbc.sql("SELECT count(*) FROM court WHERE club_id = ?").param(club.clubId()).query(Long.class).single())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "'15000'", "''", "true", "15000.5", "15000.0" })
    void refusesASeatPriceThatIsNotAWholeNumber(String price) {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "Asia/Seoul");
        Instant date = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        Api.Response response = api.post("/api/v1/manager/events", club.managerToken(), json(
                "{'title':'Final Day','clubId':'%s','dates':['%s'],'seatsPerDate':20,'pricePerSeat':%s}",
                club.clubId(), date, price));

        assertMalformed(response);
        assertThat(jdbc.sql("SELECT count(*) FROM ticketed_event WHERE club_id = ?").param(club.clubId()).query(Long.class)
                .single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "'150'", "true", "150.5" })
    void refusesAPricePercentageThatIsNotAWholeNumber(String percent) {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "Asia/Seoul");

        Api.Response response = api.put("/api/v1/manager/clubs/" + club.clubId() + "/price-rules", club.managerToken(),
                json("{'rules':[{'label':'evening','from':'18:00','until':'22:00','percent':%s}]}", percent));

        assertMalformed(response);
        assertThat(api.get("/api/v1/clubs/" + club.clubId(), null).json().path("priceRules")).isEmpty();
    }

    private static void assertMalformed(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
    }
}
