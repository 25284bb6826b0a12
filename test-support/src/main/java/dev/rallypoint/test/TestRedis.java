package dev.rallypoint.test;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * The Redis server of this test run, with a key prefix of its own so concurrent runs and earlier
 * runs never see each other's keys; the run's keys are deleted when the JVM exits. Local server
 * ({@code RALLYPOINT_TEST_REDIS_HOST}, {@code _PORT}; default 127.0.0.1:6379), or a Testcontainers
 * Redis when none answers and Docker is available.
 */
public final class TestRedis {

    private static TestRedis instance;

    private final String host;

    private final int port;

    private final String keyPrefix;

    private TestRedis(String host, int port) {
        this.host = host;
        this.port = port;
        this.keyPrefix = "rptest:" + Instant.now().getEpochSecond() + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36) + ":";
    }

    public static synchronized TestRedis get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::deleteKeys, "delete-test-redis-keys"));
        }
        return instance;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Prefix of every key this run writes; services read it from {@code rallypoint.redis.key-prefix}. */
    public String keyPrefix() {
        return keyPrefix;
    }

    private static TestRedis start() {
        String host = Endpoints.env("RALLYPOINT_TEST_REDIS_HOST", "127.0.0.1");
        int port = Integer.parseInt(Endpoints.env("RALLYPOINT_TEST_REDIS_PORT", "6379"));
        if (Endpoints.reachable(host, port)) {
            return new TestRedis(host, port);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            container.start();
            return new TestRedis(container.getHost(), container.getFirstMappedPort());
        }
        throw new IllegalStateException("No Redis at " + host + ":" + port
                + " and no Docker engine for Testcontainers; start Redis or set RALLYPOINT_TEST_REDIS_HOST/PORT");
    }

    /** Deletes every key of this run. */
    public void deleteKeys() {
        RedisClient client = RedisClient.create("redis://" + host + ":" + port);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            ScanArgs match = ScanArgs.Builder.matches(keyPrefix + "*").limit(1000);
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = redis.scan(cursor, match);
                if (!page.getKeys().isEmpty()) {
                    redis.unlink(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            }
            while (!cursor.isFinished());
        }
        finally {
            client.shutdown();
        }
    }
}
