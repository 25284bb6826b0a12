package dev.rallypoint.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The channels' far ends for the tests, started once per JVM: a real SMTP server (GreenMail) and a local
 * HTTP server playing the SMS and push gateways, which can be told to fail. Points the service at them
 * and hands the sending of queued messages to the tests (they call the worker), so nothing runs on a timer.
 */
public final class TestChannels implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    public static final Gateway GATEWAY = new Gateway();

    static {
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop, "stop-test-smtp"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testChannels", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", SMTP.getSmtp().getPort(),
                "rallypoint.notification.sms.adapter", "webhook",
                "rallypoint.notification.sms.webhook-url", GATEWAY.url("/sms"),
                "rallypoint.notification.push.adapter", "webhook",
                "rallypoint.notification.push.webhook-url", GATEWAY.url("/push"),
                "rallypoint.notification.delivery.every", "1h",
                "rallypoint.notification.broadcast.sweep-every", "1h")));
    }

    /** The e-mails received for an address. */
    public static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(recipient -> recipient.toString().equals(address));
            }
            catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    /** Plays an SMS and a push gateway: records what is posted, answers 500 while told to fail. */
    public static final class Gateway {

        private final HttpServer server;

        private final List<Posted> posted = new CopyOnWriteArrayList<>();

        private final AtomicInteger failures = new AtomicInteger();

        Gateway() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean fail = failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
                posted.add(new Posted(exchange.getRequestURI().getPath(), body, !fail));
                exchange.sendResponseHeaders(fail ? 500 : 202, -1);
                exchange.close();
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "stop-test-gateway"));
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        /** The next {@code times} calls answer 500. */
        public void failNext(int times) {
            failures.set(times);
        }

        /** What was posted to a path ({@code /sms}, {@code /push}) mentioning the text, accepted or not. */
        public List<Posted> posted(String path, String mentioning) {
            return posted.stream().filter(one -> one.path().equals(path) && one.body().contains(mentioning)).toList();
        }

        public record Posted(String path, String body, boolean accepted) {
        }
    }
}
