package dev.rallypoint.user.wallet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls the wallet API over real HTTP and reads the wallet tables directly, for the tests.
 */
final class WalletApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    private final JdbcClient jdbc;

    WalletApi(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    HttpResponse<String> charge(String token, String key, String body) {
        HttpRequest.Builder request = request(token, "/api/v1/wallet/charges")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request);
    }

    HttpResponse<String> charge(String token, long points) {
        return charge(token, UUID.randomUUID().toString(), "{\"points\": " + points + "}");
    }

    HttpResponse<String> get(String token, String path) {
        return send(request(token, path).GET());
    }

    long balance(UUID userId) {
        return jdbc.sql("SELECT coalesce((SELECT balance FROM wallet WHERE user_id = ?), 0)").param(userId)
                .query(Long.class).single();
    }

    long ledgerSum(UUID userId) {
        return jdbc.sql("SELECT coalesce(sum(amount), 0) FROM ledger_entry WHERE wallet_id = ?").param(userId)
                .query(Long.class).single();
    }

    long entries(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE wallet_id = ?").param(userId).query(Long.class).single();
    }

    long entries(UUID userId, EntryType type) {
        return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE wallet_id = ? AND type = ?").params(userId, type.name())
                .query(Long.class).single();
    }

    private HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
