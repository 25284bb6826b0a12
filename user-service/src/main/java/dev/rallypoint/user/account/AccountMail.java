package dev.rallypoint.user.account;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mails of account security: address verification, a warning that someone tried to sign up
 * with an address already registered, and password reset links. Sent once the transaction that
 * issued their token commits, off the request thread, so an answer never waits for (or reveals
 * anything through) the mail server. A mail that cannot be sent is logged; the member asks again.
 * Tokens never pass through the event outbox or Kafka.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final JavaMailSender sender;

    private final AccountProperties.Mail settings;

    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

    AccountMail(JavaMailSender sender, AccountProperties properties) {
        this.sender = sender;
        this.settings = properties.mail();
    }

    void verification(String to, String token) {
        send(to, "Confirm your e-mail address for RallyPoint", """
                Welcome to RallyPoint!

                Confirm this address to book courts and pay with points:
                %s/verify-email?token=%s

                The link works once, for %d minutes. If you did not sign up, ignore this e-mail.
                """.formatted(settings.linkBaseUri(), token, settings.verificationLifetime().toMinutes()));
    }

    void signUpAttempted(String to) {
        send(to, "Someone tried to sign up with your e-mail address", """
                Someone tried to create a RallyPoint account with this address, which already has one.

                If it was you, log in instead, or choose a new password here:
                %s/reset-password

                If it was not you, nothing changed and there is nothing to do.
                """.formatted(settings.linkBaseUri()));
    }

    void passwordReset(String to, String token) {
        send(to, "Reset your RallyPoint password", """
                Choose a new RallyPoint password here:
                %s/reset-password?token=%s

                The link works once, for %d minutes. Setting a new password signs you out everywhere.
                If you did not ask for this, ignore this e-mail: your password stays as it is.
                """.formatted(settings.linkBaseUri(), token, settings.resetLifetime().toMinutes()));
    }

    private void send(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        Runnable send = () -> sending.execute(() -> {
            try {
                sender.send(message);
            }
            catch (MailException ex) {
                log.warn("Account e-mail '{}' not sent: {}", subject, ex.toString());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        }
        else {
            send.run();
        }
    }
}
