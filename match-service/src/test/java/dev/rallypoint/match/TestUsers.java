package dev.rallypoint.match;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Plays user-service's {@code GET /api/v1/users/me} on a local HTTP server: the caller (read from the
 * bearer token's subject) has NTRP 3.5 unless a test set another level or none; 500 while told to be down.
 */
public final class TestUsers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");

    private static final Map<String, Optional<BigDecimal>> LEVELS = new ConcurrentHashMap<>();

    private static final AtomicBoolean DOWN = new AtomicBoolean();

    private static final HttpServer SERVER;

    static {
        try {
            SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        SERVER.createContext("/api/v1/users/me", exchange -> {
            if (DOWN.get()) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            Matcher subject = SUBJECT.matcher(claims);
            String sub = subject.find() ? subject.group(1) : "";
            Optional<BigDecimal> level = LEVELS.getOrDefault(sub, Optional.of(new BigDecimal("3.5")));
            byte[] body = ("{\"id\":\"" + sub + "\",\"ntrpLevel\":" + level.map(BigDecimal::toPlainString).orElse("null")
                    + ",\"nickname\":\"player\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        SERVER.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        SERVER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SERVER.stop(0), "stop-test-users"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testUsers", Map.of(
                "rallypoint.match.user-url", "http://127.0.0.1:" + SERVER.getAddress().getPort(),
                "rallypoint.match.every", "1h",
                // the machine running the tests is shared and slow at times: a late stand-in is not an outage
                "spring.cloud.openfeign.client.config.user-service.read-timeout", "10000")));
    }

    public static void level(UUID player, String level) {
        LEVELS.put(player.toString(), Optional.ofNullable(level).map(BigDecimal::new));
    }

    public static void down(boolean down) {
        DOWN.set(down);
    }
}
