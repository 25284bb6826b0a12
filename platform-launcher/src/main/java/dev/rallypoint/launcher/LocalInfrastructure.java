package dev.rallypoint.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import redis.embedded.RedisServer;

/**
 * Runs one piece of local infrastructure in the foreground until the process is stopped:
 * {@code kafka <port> <controller-port> <dir>}, {@code postgres <port> <dir>} (embedded PostgreSQL,
 * for machines without a server), {@code redis <port>} (embedded Redis, likewise) or
 * {@code smtp <port> <dir>} (a {@link MailSink} that writes every e-mail to a file in {@code dir}).
 */
public final class LocalInfrastructure {

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException(
                    "usage: kafka <port> <controller-port> <dir> | postgres <port> <dir> | redis <port> | smtp <port> <dir>");
        }
        AutoCloseable running = switch (args[0]) {
            case "kafka" -> kafka(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "postgres" -> postgres(Integer.parseInt(args[1]), Path.of(args[2]));
            case "redis" -> redis(Integer.parseInt(args[1]));
            case "smtp" -> new MailSink(Integer.parseInt(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown infrastructure: " + args[0]);
        };
        System.out.println("READY " + args[0]);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            }
            catch (Exception ex) {
                ex.printStackTrace();
            }
            finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }

    private static AutoCloseable kafka(int port, int controllerPort, Path directory) {
        KafkaNode node = new KafkaNode(port, controllerPort, directory).start();
        return node::stop;
    }

    private static AutoCloseable postgres(int port, Path directory) throws IOException {
        Files.createDirectories(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .start();
        return postgres;
    }

    private static AutoCloseable redis(int port) throws IOException {
        RedisServer redis = new RedisServer(port);
        redis.start();
        return redis::stop;
    }
}
