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
    void findsKoreanAndEnglishWordsOfTwoCharactersWhateverTheirCase() {
        offer("던롭 FX 500 " + marker, "그립 교체함", "RACKET", "GOOD", 120_000, null);
        offer("Head bag " + marker, "던 롭 fox, 그 립", "BAGS", "WORN", 20_000, null);

        assertThat(titles("q=" + marker + "%20던롭")).containsExactly("던롭 FX 500 " + marker);
        assertThat(titles("q=" + marker + "%20그립")).containsExactly("던롭 FX 500 " + marker);
        assertThat(titles("q=" + marker + "%20fX")).containsExactly("던롭 FX 500 " + marker);
        assertThat(titles("q=" + marker + "%20라켓")).containsExactlyInAnyOrder("윌슨 프로스태프 라켓 " + marker);
        assertThat(titles("q=" + marker + "%20rE")).containsExactlyInAnyOrder("Babolat Pure Drive racket " + marker,
                "Asics Gel Resolution shoes " + marker, "Luxilon ALU Power strings " + marker);
        assertThat(titles("q=" + marker + "%20AG")).containsExactly("Head bag " + marker);
        assertThat(titles("q=" + marker + "%20화%20테니")).containsExactly("Asics Gel Resolution shoes " + marker);
        assertThat(titles("q=" + marker + "%20롭던")).isEmpty();
        assertThat(titles("q=" + marker + "%20%25%25")).isEmpty();
    }

    @Test
    void findsAListingByTheTwoCharacterWordsOfItsEditedText() {
        offer("Prince Textreme " + marker, "reel", "RACKET", "GOOD", 80_000, null);
        UUID prince = UUID.fromString(search("q=" + marker + "%20Prince").json().path("content").get(0).path("id").asString());

        Api.Response edited = new Api(port).put("/api/v1/market/listings/" + prince, TestTokens.member(seller),
                Api.json("{'title':'Prince 던롭 " + marker + "','description':'new grip','category':'RACKET',"
                        + "'condition':'GOOD','price':70000}"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        assertThat(titles("q=" + marker + "%20던롭")).containsExactly("Prince 던롭 " + marker);
        assertThat(titles("q=" + marker + "%20ex")).isEmpty();
        assertThat(titles("q=" + marker + "%20gR")).containsExactlyInAnyOrder("Babolat Pure Drive racket " + marker,
                "Prince 던롭 " + marker);
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
                "category=CAR", "sort=RANDOM", "minPrice=-1", "clubId=nope", "q=" + "x".repeat(101), "q=a",
                "q=%20공%20", "q=a%20b%20c")) {
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

    @Test
    void aRareWordOfTwoCharactersIsServedByTheBigramIndexOnAFullCatalogue() {
        List<String> plan = transactions.execute(status -> {
            jdbc.sql("create temp table catalogue (like listing including all) on commit drop").update();
            jdbc.sql("""
                    insert into catalogue (id, seller_id, title, description, bigrams, category, item_condition, price,
                                           status, hidden, created_at, updated_at, version)
                    select gen_random_uuid(), gen_random_uuid(), title, description,
                           word_bigrams(title || ' ' || description), 'RACKET', 'GOOD', 5000 + n, 'ON_SALE', false,
                           now() - n * interval '1 minute', now(), 0
                    from generate_series(1, 10000) as n,
                         lateral (select (array['윌슨', '바볼랏', 'Wilson', 'Babolat'])[1 + n % 4] || ' 라켓 racket #' || n
                                         as title,
                                         '상태 좋음, used for ' || n % 24 || ' months. 직거래 가능 / shipping possible.'
                                         as description) as text""").update();
            jdbc.sql("analyze catalogue").update();
            return jdbc.sql("""
                    explain select id from catalogue where not hidden and status = 'ON_SALE'
                        and bigrams @> word_bigrams('던롭')
                        and (lower(title) like '%던롭%' or lower(description) like '%던롭%')
                    order by created_at desc, id desc limit 21""").query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("Bitmap Index Scan on catalogue_bigrams_idx")
                .doesNotContain("Seq Scan");
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
