package dev.rallypoint.load.market;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.rallypoint.load.Platform;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Benchmark: listing search through the gateway on a catalogue of 100,000 listings seeded by
 * {@code load-tests/market/seed-listings.sh}. Target on two cores: at least 1,000 requests/s with p99 at
 * most 100 ms. The mix: a Korean or English keyword (half the searches), a category (a third), a price
 * range (a quarter), newest first or by price, first pages mostly.
 *
 * <p>{@code ./mvnw -B -Pload-tests -pl load-tests gatling:test
 * -Dgatling.simulationClass=dev.rallypoint.load.market.MarketSearchSimulation -DadminPassword=...}
 * ({@code rate} requests/s, default 1000, for {@code seconds}, default 60; {@code members}, default 100,
 * share the load so the gateway's per-user rate limit is not what is measured).
 */
public class MarketSearchSimulation extends Simulation {

    static final int RATE = Integer.getInteger("rate", 1000);

    static final int SECONDS = Integer.getInteger("seconds", 60);

    static final int MEMBERS = Platform.members(100);

    static final List<String> WORDS = List.of("라켓", "윌슨", "바볼랏", "요넥스", "테니스화", "스트링", "가방", "racket", "wilson",
            "babolat", "yonex", "head", "shoes", "strings", "bag", "pro staff", "pure aero");

    static final List<String> CATEGORIES = List.of("RACKET", "STRINGS", "SHOES", "BAGS", "BALLS", "MACHINES", "OTHER");

    static final List<String> SORTS = List.of("NEWEST", "NEWEST", "PRICE_ASC", "PRICE_DESC");

    final List<String> tokens = Platform.memberTokens(MEMBERS);

    final Iterator<Map<String, Object>> searches = Stream.generate(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder query = new StringBuilder("sort=").append(SORTS.get(random.nextInt(SORTS.size())));
        if (random.nextBoolean()) {
            query.append("&q=").append(URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())), StandardCharsets.UTF_8));
        }
        if (random.nextInt(3) == 0) {
            query.append("&category=").append(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
        }
        if (random.nextInt(4) == 0) {
            int min = random.nextInt(20) * 10_000;
            query.append("&minPrice=").append(min).append("&maxPrice=").append(min + 100_000);
        }
        query.append("&page=").append(random.nextInt(10) < 8 ? 0 : random.nextInt(1, 5)).append("&size=20");
        return Map.<String, Object>of("token", tokens.get(random.nextInt(tokens.size())), "query", query.toString());
    }).iterator();

    final HttpProtocolBuilder protocol = http.baseUrl(Platform.GATEWAY)
            .acceptHeader("application/json")
            .shareConnections();

    final ScenarioBuilder search = scenario("market search")
            .feed(searches)
            .exec(http("search").get("/api/v1/market/listings?#{query}")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200)));

    {
        setUp(search.injectOpen(
                rampUsersPerSec(10).to(RATE).during(Duration.ofSeconds(10)),
                constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(
                        global().successfulRequests().percent().is(100.0),
                        global().responseTime().percentile(99.0).lte(100),
                        global().requestsPerSec().gte((double) RATE * 0.95));
    }
}
