package dev.rallypoint.user.account;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts settings.
 *
 * @param admin the admin account created at start-up when no account has its e-mail address yet
 * @param mail the e-mails that verify addresses and reset passwords
 * @param hashing how many password hashes run at once
 */
@ConfigurationProperties("rallypoint.accounts")
record AccountProperties(@DefaultValue Admin admin, @DefaultValue Mail mail, @DefaultValue Hashing hashing) {

    /**
     * @param email the admin's login; no admin is created when blank
     * @param password the admin's initial password
     */
    record Admin(String email, String password) {

        boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }

    /**
     * @param permits hashes at once; 0 means one per processor
     * @param maxWait how long a hash waits for a permit before the request is refused with 503
     */
    record Hashing(@DefaultValue("0") int permits, @DefaultValue("2s") Duration maxWait) {
    }

    /**
     * @param from the sender of account e-mails
     * @param linkBaseUri the frontend the links in them open ({@code /verify-email?token=},
     *        {@code /reset-password?token=})
     * @param verificationLifetime how long a verification link works
     * @param resetLifetime how long a password reset link works
     */
    record Mail(@DefaultValue("RallyPoint <no-reply@rallypoint.dev>") String from,
            @DefaultValue("http://localhost:3000") URI linkBaseUri,
            @DefaultValue("2h") Duration verificationLifetime,
            @DefaultValue("30m") Duration resetLifetime) {
    }
}
