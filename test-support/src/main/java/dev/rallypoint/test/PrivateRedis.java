package dev.rallypoint.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * A {@code redis-server} of a test's own, on a free port, without persistence: one the test may pause
 * ({@code SIGSTOP}: connections stay open, nothing answers, as a hung Redis), resume and stop, never
 * the shared one. Needs the {@code redis-server} binary on the PATH.
 */
public final class PrivateRedis implements AutoCloseable {

    private final Process process;

    private final int port;

    private final Path log;

    private PrivateRedis(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server and waits until it accepts connections. */
    public static PrivateRedis start() {
        int port = freePort();
        try {
            Path log = Files.createTempFile("private-redis-" + port, ".log");
            Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PrivateRedis redis = new PrivateRedis(process, port, log);
            Awaitility.await("redis-server on port " + port).atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !process.isAlive() || Endpoints.reachable("127.0.0.1", port));
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server did not start: " + Files.readString(log));
            }
            return redis;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("redis-server could not be started (is it installed?)", ex);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** Freezes the server (SIGSTOP): its connections stay open and nothing answers. */
    public void pause() {
        signal("STOP");
    }

    /** Lets a paused server run again (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    /** Kills the server (resumed first, so it can be killed cleanly). */
    @Override
    public void close() {
        if (process.isAlive()) {
            resume();
            process.destroyForcibly();
            try {
                process.waitFor();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(log);
        }
        catch (IOException ex) {
            // a temporary file left behind
        }
    }

    private void signal(String name) {
        try {
            int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " exited with " + exit);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
