package dev.rallypoint.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local platform's mail server: accepts every message on a loopback SMTP port and writes it,
 * as sent, to {@code <directory>/<time>-<n>.eml} (headers included, so {@code grep -l 'To: x@y'}
 * finds a member's mails). Nothing is relayed: verification and password reset links from
 * user-service, and notification e-mails, are read there.
 */
final class MailSink implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ServerSocket server;

    private final Path directory;

    private final AtomicLong received = new AtomicLong();

    private final ExecutorService sessions = Executors.newVirtualThreadPerTaskExecutor();

    MailSink(int port, Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("mail-sink").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sessions.execute(() -> serve(socket));
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            reply(out, "220 rallypoint mail sink");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 rallypoint mail sink");
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        store(readData(in));
                        reply(out, "250 stored");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        }
        catch (IOException ex) {
            // the client went away; nothing to keep
        }
    }

    private static List<String> readData(BufferedReader in) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            lines.add(line.startsWith("..") ? line.substring(1) : line);
        }
        return lines;
    }

    private void store(List<String> lines) throws IOException {
        String name = LocalDateTime.now().format(FILE_TIME) + "-" + received.incrementAndGet() + ".eml";
        Path file = directory.resolve(name);
        Files.write(directory.resolve(name + ".part"), lines, StandardCharsets.UTF_8);
        Files.move(directory.resolve(name + ".part"), file);
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        sessions.shutdownNow();
    }
}
