package dev.rallypoint.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * A redis-server of the test's own, on a free port, that the test can pause (SIGSTOP) and resume
 * (SIGCONT) without disturbing anyone else's Redis. Killed by {@link #stop()}.
 */
final class PrivateRedis {

    private final int port;

    private final Process process;

    private PrivateRedis(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static PrivateRedis start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        try {
            Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            PrivateRedis redis = new PrivateRedis(port, process);
            Runtime.getRuntime().addShutdownHook(new Thread(redis::stop, "stop-private-redis"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(redis::accepts);
            return redis;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    int port() {
        return port;
    }

    void pause() {
        signal("STOP");
    }

    void resume() {
        signal("CONT");
    }

    void stop() {
        if (process.isAlive()) {
            signal("CONT");
            process.destroyForcibly();
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private void signal(String name) {
        try {
            int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " failed: " + exit);
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
}
