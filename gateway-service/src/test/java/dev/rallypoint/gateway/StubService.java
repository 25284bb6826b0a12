package dev.rallypoint.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real HTTP service the gateway routes to in tests: echoes what it received, can hang, and can
 * be stopped and started again on the same port.
 */
final class StubService {

    private final int port;

    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

    private HttpServer server;

    StubService() {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    int port() {
        return port;
    }

    /** Starts the stub and has the gateway's discovery find it as each of the services. */
    void serveAs(DynamicPropertyRegistry registry, String... serviceIds) {
        start();
        for (String serviceId : serviceIds) {
            registry.add("spring.cloud.discovery.client.simple.instances." + serviceId + "[0].uri", () -> "http://127.0.0.1:" + port);
        }
    }

    String lastHeader(String name) {
        return lastHeaders.get(name.toLowerCase());
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            lastHeaders.clear();
            exchange.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name.toLowerCase(), values.getFirst()));
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/stream")) {
                stream(exchange);
                return;
            }
            if (path.endsWith("/slow")) {
                sleep(10_000);
            }
            if (path.endsWith("/busy")) {
                sleep(200);
            }
            String body = path.equals("/v3/api-docs")
                    ? "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"stub\"}}"
                    : "{\"path\":\"" + path + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(statusOf(path), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** {@code .../conflict} answers 409 (a lost race), {@code .../fail} 500, anything else 200. */
    private static int statusOf(String path) {
        if (path.endsWith("/conflict")) {
            return 409;
        }
        return path.endsWith("/fail") ? 500 : 200;
    }

    /** Server-Sent Events: one at once, then one every {@link #STREAM_GAP} (longer than the gateway's time-outs), three in all. */
    private static void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int event = 1; event <= 3; event++) {
                if (event > 1) {
                    sleep(STREAM_GAP.toMillis());
                }
                out.write(("id: " + event + "\nevent: notification\ndata: {\"n\":" + event + "}\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    static final Duration STREAM_GAP = Duration.ofMillis(2500);

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
