package dev.rallypoint.user.account;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates the configured admin account on first start; later starts leave it as it is. */
@Component
@EnableConfigurationProperties(AccountProperties.class)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountProperties properties;

    private final AccountRepository accounts;

    private final PasswordEncoder passwords;

    private final TransactionTemplate transactions;

    private final Clock clock;

    AdminBootstrap(AccountProperties properties, AccountRepository accounts, PasswordEncoder passwords,
            TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        AccountProperties.Admin admin = properties.admin();
        if (!admin.configured()) {
            return;
        }
        Email email = Email.of(admin.email());
        try {
            transactions.executeWithoutResult(status -> {
                if (!accounts.existsByEmail(email.value())) {
                    accounts.saveAndFlush(UserAccount.administrator(email, passwords.encode(admin.password()), clock));
                    log.info("Created the admin account {}", email.value());
                }
            });
        }
        catch (DataIntegrityViolationException ex) {
            log.info("Admin account {} was created by another instance", email.value());
        }
    }
}
