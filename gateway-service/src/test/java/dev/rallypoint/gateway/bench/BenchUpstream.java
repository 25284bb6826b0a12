package dev.rallypoint.gateway.bench;

import com.sun.net.httpserver.HttpServer;
import dev.rallypoint.test.TestTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The other side of the gateway's cost benchmark (docs/benchmarks.md, "Gateway cost per proxied
 * request"), run as its own process so that its CPU is not the gateway's: publishes the JWKS the
 * gateway trusts (its URL written to {@code <dir>/jwks-uri}), answers {@code GET /token} with a fresh
 * member access token, and answers every other call with a small JSON body, as a cheap upstream.
 * Usage: {@code BenchUpstream <port> <dir>}.
 */
public final class BenchUpstream {

    private BenchUpstream() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("jwks-uri"), TestTokens.jwkSetUri());
        UUID member = UUID.randomUUID();
        byte[] body = "{\"id\":42,\"name\":\"Court 1\",\"surface\":\"clay\"}".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            byte[] answer = exchange.getRequestURI().getPath().equals("/token")
                    ? TestTokens.member(member).getBytes(StandardCharsets.US_ASCII)
                    : body;
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        System.out.println("upstream on " + port + ", JWKS at " + TestTokens.jwkSetUri());
    }
}
