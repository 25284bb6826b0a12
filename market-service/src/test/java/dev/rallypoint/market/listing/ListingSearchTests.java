package dev.rallypoint.market.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.market.MarketServiceTest;
import dev.rallypoint.test.Api;
import dev.rallypoint.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@MarketServiceTest
class ListingSearchTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** A word only this test's listings carry, so listings of other tests never match. */
    String marker;

    UUID club;

    UUID seller;

    @BeforeEach
    void offerSomeGear() {
        marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        club = UUID.randomUUID();
        seller = UUID.randomUUID();
        offer("윌슨 프로스태프 라켓 " + marker, "상태 좋은 중고 라켓", "RACKET", "GOOD", 90_000, club);
        offer("Babolat Pure Drive racket " + marker, "Barely used RACKET, grip replaced", "RACKET", "LIKE_NEW", 150_000, null);
        offer("Asics Gel Resolution shoes " + marker, "size 270, 테니스화", "SHOES", "FAIR", 40_000, club);
        offer("Luxilon ALU Power strings " + marker, "reel of 200 m", "STRINGS", "NEW", 200_000, null);
    }

    @Test
    void findsKoreanAndEnglishWordsInTitleOrDescriptionWhateverTheirCase() {
        assertThat(titles("q=" + marker + "%20라켓")).containsExactlyInAnyOrder("윌슨 프로스태프 라켓 " + marker);
        assertThat(titles("q=" + marker + "%20RaCkEt")).containsExactlyInAnyOrder("Babolat Pure Drive racket " + marker);
        assertThat(titles("q=" + marker + "%20테니스화")).containsExactly("Asics Gel Resolution shoes " + marker);
        assertThat(titles("q=" + marker + "%20100%25")).isEmpty();
    }

    @Test
    void filtersByCategoryConditionPriceAndClub() {
        assertThat(titles("q=" + marker + "&category=RACKET")).hasSize(2);
        assertThat(titles("q=" + marker + "&condition=NEW")).containsExactly("Luxilon ALU Power strings " + marker);
        assertThat(titles("q=" + marker + "&minPrice=50000&maxPrice=150000")).hasSize(2);
        assertThat(titles("q=" + marker + "&clubId=" + club)).hasSize(2);
        assertThat(titles("q=" + marker + "&area=mapo")).hasSize(4);
    }

    @Test
    void sortsByPriceOrNewestAndPages() {
        List<String> cheapestFirst = titles("q=" + marker + "&sort=PRICE_ASC");
        assertThat(cheapestFirst.getFirst()).startsWith("Asics");
        assertThat(cheapestFirst.getLast()).startsWith("Luxilon");
        assertThat(titles("q=" + marker + "&sort=PRICE_DESC").getFirst()).startsWith("Luxilon");
        assertThat(titles("q=" + marker).getFirst()).startsWith("Luxilon");

        JsonNode first = search("q=" + marker + "&sort=PRICE_ASC&page=0&size=3").json();
        assertThat(first.path("content")).hasSize(3);
        assertThat(first.path("hasNext").asBoolean()).isTrue();
        JsonNode second = search("q=" + marker + "&sort=PRICE_ASC&page=1&size=3").json();
        assertThat(second.path("content")).hasSize(1);
        assertThat(second.path("hasNext").asBoolean()).isFalse();
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("content").get(0).path("title").asString()).startsWith("Luxilon");
        assertThat(search("q=" + marker + "&page=0&size=4").json().path("hasNext").asBoolean()).isFalse();
    }

    @Test
    void showsOnlyListingsOnSaleUnlessAskedAndNeverHiddenOnes() {
        jdbc.sql("update listing set status = 'SOLD' where title like ?").param("Asics%" + marker).update();
        jdbc.sql("update listing set hidden = true where title like ?").param("Luxilon%" + marker).update();

        assertThat(titles("q=" + marker)).hasSize(2);
        assertThat(titles("q=" + marker + "&status=SOLD")).containsExactly("Asics Gel Resolution shoes " + marker);
    }

    @Test
    void refusesAContradictoryOrOversizedSearch() {
        for (String query : List.of("minPrice=10&maxPrice=5", "size=101", "size=0", "page=-1", "page=501",
                "category=CAR", "sort=RANDOM", "minPrice=-1", "clubId=nope", "q=" + "x".repeat(101))) {
            Api.Response response = search(query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.isProblem()).as(query).isTrue();
        }
    }

    @Test
    void keywordsAreServedByTheTrigramIndexes() {
        List<String> plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select id from listing where lower(title) like '%라켓%' or lower(description) like '%라켓%'")
                    .query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("listing_title_trgm").contains("listing_description_trgm");
    }

    private void offer(String title, String description, String category, String condition, long price, UUID clubId) {
        String body = Api.json("{'title':'%s','description':'%s','category':'%s','condition':'%s','price':%d,"
                + "'area':'Seoul Mapo'%s}", title, description, category, condition, price,
                clubId == null ? "" : ",'clubId':'" + clubId + "'");
        Api.Response offered = new Api(port).post("/api/v1/market/listings", TestTokens.member(seller), body);
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
    }

    private Api.Response search(String query) {
        return new Api(port).get("/api/v1/market/listings?" + query, null);
    }

    private List<String> titles(String query) {
        Api.Response response = search(query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        response.json().path("content").forEach(item -> titles.add(item.path("title").asString()));
        return titles;
    }
}
