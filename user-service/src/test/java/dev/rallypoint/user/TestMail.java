package dev.rallypoint.user;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** A real SMTP server (GreenMail) for the account e-mails, started once per JVM, and reading what it received. */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    static {
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop, "stop-test-smtp"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", SMTP.getSmtp().getPort())));
    }

    /** The e-mails received for an address, oldest first. */
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

    /** Waits for the {@code count}-th e-mail to an address and returns it. */
    public static MimeMessage awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(address).size() >= count);
        return mailTo(address).get(count - 1);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The token of the link in an e-mail; none in a mail without one. */
    public static String linkToken(MimeMessage message) {
        Matcher matcher = TOKEN.matcher(body(message).replace("=\r\n", "").replace("=\n", ""));
        if (!matcher.find()) {
            throw new IllegalStateException("No link with a token in: " + body(message));
        }
        return matcher.group(1);
    }
}
