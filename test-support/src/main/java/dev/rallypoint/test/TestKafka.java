package dev.rallypoint.test;

import dev.rallypoint.launcher.KafkaNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real Kafka broker (KRaft) running inside the test JVM, started on first use and stopped when
 * the JVM exits. Tests of failure handling may {@link #stop()} it and {@link #start()} it again:
 * it comes back on the same port with its records.
 */
public final class TestKafka {

    private static KafkaNode node;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (node == null) {
            try {
                Path directory = Files.createTempDirectory("rallypoint-test-kafka");
                node = new KafkaNode(freePort(), freePort(), directory).start();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "stop-test-kafka"));
        }
        return node.bootstrapServers();
    }

    /** Stops the broker, as an outage would; clients see it unreachable until {@link #start()}. */
    public static synchronized void stop() {
        bootstrapServers();
        node.stop();
    }

    public static synchronized void start() {
        bootstrapServers();
        node.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
