package dev.rallypoint.user.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.test.TestTokens;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wallet API over real HTTP and PostgreSQL: charges with the Idempotency-Key protocol, balance,
 * ledger, ownership and bad input.
 */
@WalletIntegrationTest
class WalletApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WalletApi api;

    final UUID alice = UUID.randomUUID();

    final String aliceToken = TestTokens.member(alice);

    @BeforeEach
    void api() {
        api = new WalletApi(port, jdbc);
    }

    @Test
    void chargesOnceAndReplaysTheFirstResponseToTheSameKeyAndBody() {
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            responses.add(api.charge(aliceToken, "charge-1", "{\"points\": 5000}"));
        }

        HttpResponse<String> first = responses.getFirst();
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"points\":5000", "\"balance\":5000");
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("/api/v1/wallet/ledger/"));
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body()).isEqualTo(first.body());
            assertThat(response.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        });
        assertThat(api.entries(alice)).isEqualTo(1);
        assertThat(api.balance(alice)).isEqualTo(5000);
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        api.charge(aliceToken, "charge-2", "{\"points\": 5000}");

        HttpResponse<String> other = api.charge(aliceToken, "charge-2", "{\"points\": 9000}");

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("\"code\":\"idempotency-key-reused\"");
        assertThat(api.entries(alice)).isEqualTo(1);
        assertThat(api.balance(alice)).isEqualTo(5000);
    }

    @Test
    void requiresAnIdempotencyKey() {
        HttpResponse<String> response = api.charge(aliceToken, null, "{\"points\": 5000}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "idempotency-key-missing");
        assertThat(api.entries(alice)).isZero();
    }

    @Test
    void chargesExactlyOnceUnderTwentyConcurrentRequestsWithOneKey() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return api.charge(aliceToken, "charge-race", "{\"points\": 700}");
                }));
            }
            start.countDown();
        }

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        for (Future<HttpResponse<String>> call : calls) {
            statuses.merge(call.get().statusCode(), 1, Integer::sum);
        }
        assertThat(statuses.keySet()).isSubsetOf(201, 409);
        assertThat(statuses.get(201)).isGreaterThanOrEqualTo(1);
        assertThat(api.entries(alice)).isEqualTo(1);
        assertThat(api.balance(alice)).isEqualTo(700);
    }

    @Test
    void keepsIdempotencyKeysOfDifferentMembersApart() {
        UUID bob = UUID.randomUUID();

        assertThat(api.charge(aliceToken, "shared-key", "{\"points\": 10}").statusCode()).isEqualTo(201);
        assertThat(api.charge(TestTokens.member(bob), "shared-key", "{\"points\": 10}").statusCode()).isEqualTo(201);

        assertThat(api.balance(alice)).isEqualTo(10);
        assertThat(api.balance(bob)).isEqualTo(10);
    }

    @Test
    void showsTheBalanceOfAWalletNeverUsedAsZero() {
        HttpResponse<String> response = api.get(aliceToken, "/api/v1/wallet");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"userId\":\"" + alice + "\"", "\"balance\":0");
        assertThat(jdbc.sql("SELECT count(*) FROM wallet WHERE user_id = ?").param(alice).query(Long.class).single()).isZero();
    }

    @Test
    void showsTheBalanceAndTheLedgerNewestFirstInPages() {
        for (int points = 1; points <= 5; points++) {
            assertThat(api.charge(aliceToken, points).statusCode()).isEqualTo(201);
        }

        assertThat(api.get(aliceToken, "/api/v1/wallet").body()).contains("\"balance\":15");
        HttpResponse<String> firstPage = api.get(aliceToken, "/api/v1/wallet/ledger?page=0&size=2");
        HttpResponse<String> lastPage = api.get(aliceToken, "/api/v1/wallet/ledger?page=2&size=2");

        assertThat(firstPage.statusCode()).isEqualTo(200);
        assertThat(firstPage.body()).containsSubsequence("\"sequence\":5", "\"amount\":5", "\"sequence\":4", "\"amount\":4")
                .contains("\"totalElements\":5", "\"totalPages\":3", "\"type\":\"CHARGE\"");
        assertThat(lastPage.body()).contains("\"sequence\":1").doesNotContain("\"sequence\":2");
    }

    @Test
    void readsOneOwnLedgerEntryButNotAnotherMembers() {
        HttpResponse<String> charge = api.charge(aliceToken, 42);
        String location = charge.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> own = api.get(aliceToken, location);
        HttpResponse<String> foreign = api.get(TestTokens.member(UUID.randomUUID()), location);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"amount\":42");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertProblem(foreign, "ledger-entry-not-found");
    }

    @Test
    void letsNoMemberReadAnotherMembersWalletButLetsAnAdmin() {
        api.charge(aliceToken, 77);
        String bob = TestTokens.member(UUID.randomUUID());

        HttpResponse<String> byBob = api.get(bob, "/api/v1/admin/users/" + alice + "/wallet");
        HttpResponse<String> bobsLedger = api.get(bob, "/api/v1/admin/users/" + alice + "/wallet/ledger");
        HttpResponse<String> byAdmin = api.get(TestTokens.admin(UUID.randomUUID()), "/api/v1/admin/users/" + alice + "/wallet");
        HttpResponse<String> ownWalletOfBob = api.get(bob, "/api/v1/wallet");

        assertThat(byBob.statusCode()).isEqualTo(403);
        assertThat(bobsLedger.statusCode()).isEqualTo(403);
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(byAdmin.body()).contains("\"balance\":77");
        assertThat(ownWalletOfBob.body()).contains("\"balance\":0");
    }

    @Test
    void answers401WithoutAToken() {
        assertThat(api.get(null, "/api/v1/wallet").statusCode()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/wallet/ledger").statusCode()).isEqualTo(401);
        HttpResponse<String> charge = api.charge(null, "k", "{\"points\": 5}");
        assertThat(charge.statusCode()).isEqualTo(401);
        assertProblem(charge, "unauthorized");
    }

    @Test
    void refusesAServiceTokenWhichHasNoWallet() {
        HttpResponse<String> response = api.get(TestTokens.service("court-service"), "/api/v1/wallet");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"points\": 0}", "{\"points\": -5}", "{\"points\": 1000001}",
            "{\"points\": 99999999999999999999}", "{\"points\": \"many\"}", "{\"points\": 12.5}", "{\"points\": null}",
            "{}", "{\"points\": [1]}", "not json", "",
            "{\"points\": \"100\"}", "{\"points\": \"\"}", "{\"points\": true}", "{\"points\": 100.0}" })
    void refusesBadChargesWithAProblemAndStoresNothing(String body) {
        HttpResponse<String> response = api.charge(aliceToken, UUID.randomUUID().toString(), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).containsPattern("\"code\":\"(validation-failed|malformed-body)\"");
        assertThat(api.entries(alice)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM wallet WHERE user_id = ?").param(alice).query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=101", "size=0", "page=-1", "size=abc", "page=x" })
    void refusesBadLedgerPages(String query) {
        HttpResponse<String> response = api.get(aliceToken, "/api/v1/wallet/ledger?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void refusesAChargeBeyondWhatAWalletMayHold() {
        long nearlyFull = Wallet.LIMIT.value() - 10;
        jdbc.sql("""
                INSERT INTO wallet (user_id, balance, last_sequence, created_at, updated_at) VALUES (:member, :balance, 1, now(), now());
                INSERT INTO ledger_entry (id, wallet_id, sequence, type, amount, balance_after, operation_id, reference, occurred_at)
                VALUES (gen_random_uuid(), :member, 1, 'CHARGE', :balance, :balance, gen_random_uuid(), 'seed', now())""")
                .param("member", alice).param("balance", nearlyFull).update();

        HttpResponse<String> response = api.charge(aliceToken, 11);

        assertThat(response.statusCode()).isEqualTo(422);
        assertProblem(response, "wallet-limit-exceeded");
        assertThat(api.balance(alice)).isEqualTo(nearlyFull);
        assertThat(api.charge(aliceToken, 10).statusCode()).isEqualTo(201);
        assertThat(api.balance(alice)).isEqualTo(Wallet.LIMIT.value());
    }

    @Test
    void refusesAMalformedEntryId() {
        assertThat(api.get(aliceToken, "/api/v1/wallet/ledger/not-a-uuid").statusCode()).isEqualTo(400);
    }

    private static void assertProblem(HttpResponse<String> response, String code) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }
}
