package dev.rallypoint.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka cluster (KRaft: broker and controller in one process) that keeps its
 * log in a directory of its own, so it can be stopped and started again on the same port with
 * every record it held. The local platform runs one as a process; tests run one in their JVM.
 */
public final class KafkaNode {

    private final int port;

    private final Path directory;

    private final Properties config;

    private KafkaRaftServer server;

    public KafkaNode(int port, int controllerPort, Path directory) {
        this.port = port;
        this.directory = directory;
        this.config = config(port, controllerPort, directory.resolve("data"));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Formats the log directory on first start, then starts the node; returns once it serves. */
    public synchronized KafkaNode start() {
        if (server == null) {
            formatOnce();
            server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
            server.startup();
        }
        return this;
    }

    /** Stops the node and waits until its port is released; its data stays. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    private void formatOnce() {
        Path properties = directory.resolve("server.properties");
        if (Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(properties)) {
                config.store(out, "RallyPoint local Kafka node");
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] { "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", properties.toString(), "--ignore-formatted" }, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static Properties config(int port, int controllerPort, Path data) {
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", "1");
        config.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.setProperty("log.dirs", data.toString());
        config.setProperty("num.partitions", "3");
        config.setProperty("auto.create.topics.enable", "true");
        config.setProperty("offsets.topic.replication.factor", "1");
        config.setProperty("offsets.topic.num.partitions", "3");
        config.setProperty("transaction.state.log.replication.factor", "1");
        config.setProperty("transaction.state.log.min.isr", "1");
        config.setProperty("share.coordinator.state.topic.replication.factor", "1");
        config.setProperty("share.coordinator.state.topic.min.isr", "1");
        config.setProperty("group.initial.rebalance.delay.ms", "0");
        config.setProperty("log.flush.interval.messages", "1");
        config.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return config;
    }
}
