package dev.rallypoint.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSinkTests {

    @TempDir
    Path directory;

    @Test
    void writesEveryMessageItReceivesToAFile() throws Exception {
        try (MailSink sink = new MailSink(0, directory);
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), sink.port());
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("220");
            for (String command : List.of("EHLO test", "MAIL FROM:<no-reply@rallypoint.dev>", "RCPT TO:<member@example.com>", "DATA")) {
                out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
                assertThat(in.readLine()).matches("(250|354).*");
            }
            out.write("To: member@example.com\r\nSubject: Confirm\r\n\r\nhttp://localhost:3000/verify-email?token=abc\r\n..dot\r\n.\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("250");
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("221");
        }

        try (Stream<Path> files = Files.list(directory)) {
            List<Path> mails = files.toList();
            assertThat(mails).singleElement().satisfies(mail -> {
                assertThat(mail.getFileName().toString()).endsWith(".eml");
                assertThat(Files.readString(mail)).contains("To: member@example.com", "verify-email?token=abc", "\n.dot");
            });
        }
    }
}
