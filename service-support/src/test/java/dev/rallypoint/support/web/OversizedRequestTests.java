package dev.rallypoint.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service port answers an over-long request target (414) and oversized headers (431) with a
 * problem, as it does every other error; not with Tomcat's HTML page, however large the request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.enabled=false", "spring.jpa.hibernate.ddl-auto=none",
        "spring.modulith.events.republish-outstanding-events-on-restart=false" })
class OversizedRequestTests {

    @LocalServerPort
    int port;

    @Test
    void answersAnOverLongTargetWithA414Problem() throws IOException {
        String answer = send("GET /api/v1/courts/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 414");
        assertProblem(answer, "uri-too-long");
    }

    @Test
    void answersOversizedHeadersWithA431Problem() throws IOException {
        String answer = send("GET /api/v1/courts HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431");
        assertProblem(answer, "headers-too-large");
    }

    @Test
    void answersARequestHeadTomcatItselfRefusesWithAProblem() throws IOException {
        String answer = send("GET /api/v1/courts HTTP/1.1\r\nHost: localhost\r\nX-Huge: " + "c".repeat(200_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).matches("(?s)HTTP/1.1 4\\d\\d.*");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json").doesNotContain("<html");
    }

    private static void assertProblem(String answer, String code) {
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"code\":\"" + code + "\"").doesNotContain("<html");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            catch (IOException closedWhileSending) {
                // the server answered and closed before reading it all; its answer is still there to read
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @SpringBootApplication
    static class TestApplication {
    }
}
