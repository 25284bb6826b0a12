package dev.rallypoint.notice;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Plays court-service's manager view of clubs on a local HTTP server: 200 for a club's managers (and
 * admins), 403 for others, 404 for an unknown club, 500 while told to be down. Reads the caller from the
 * bearer token it is sent (its signature is the service's business, checked before the call).
 */
public final class TestCourt implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Map<UUID, Set<UUID>> MANAGERS = new ConcurrentHashMap<>();

    private static final AtomicBoolean DOWN = new AtomicBoolean();

    private static final AtomicInteger CALLS = new AtomicInteger();

    private static final HttpServer SERVER;

    static {
        try {
            SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        SERVER.createContext("/api/v1/manager/clubs/", exchange -> {
            CALLS.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            UUID club = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
            String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            int status;
            if (DOWN.get()) {
                status = 500;
            }
            else if (!MANAGERS.containsKey(club)) {
                status = 404;
            }
            else {
                boolean manages = MANAGERS.get(club).stream().anyMatch(manager -> claims.contains(manager.toString()))
                        || claims.contains("ADMIN");
                status = manages ? 200 : 403;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        SERVER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SERVER.stop(0), "stop-test-court"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testCourt", Map.of(
                "rallypoint.notice.court-url", "http://127.0.0.1:" + SERVER.getAddress().getPort(),
                "rallypoint.notice.publishing.every", "1h")));
    }

    /** A new club with one manager; answers the club id. */
    public static UUID club(UUID manager) {
        UUID club = UUID.randomUUID();
        MANAGERS.put(club, Set.of(manager));
        return club;
    }

    public static void down(boolean down) {
        DOWN.set(down);
    }

    public static int calls() {
        return CALLS.get();
    }
}
