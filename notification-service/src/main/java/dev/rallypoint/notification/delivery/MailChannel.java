package dev.rallypoint.notification.delivery;

import dev.rallypoint.notification.inbox.Templates;
import dev.rallypoint.notification.preference.ChannelType;
import java.util.Locale;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail over SMTP (Spring Mail): the notification's title as subject, its body and the footer in the member's language. */
class MailChannel implements Channel {

    private final JavaMailSender mail;

    private final Templates templates;

    private final String from;

    MailChannel(JavaMailSender mail, Templates templates, String from) {
        this.mail = mail;
        this.templates = templates;
        this.from = from;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public void send(Message message) {
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(from);
        mailMessage.setTo(message.address());
        mailMessage.setSubject("[RallyPoint] " + message.subject());
        mailMessage.setText(message.body() + "\n\n" + templates.text("email.footer", Locale.forLanguageTag(message.language())));
        mail.send(mailMessage);
    }
}
