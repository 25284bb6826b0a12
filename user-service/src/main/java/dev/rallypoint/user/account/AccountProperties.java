package dev.rallypoint.user.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts settings.
 *
 * @param admin the admin account created at start-up when no account has its e-mail address yet
 */
@ConfigurationProperties("rallypoint.accounts")
record AccountProperties(@DefaultValue Admin admin) {

    /**
     * @param email the admin's login; no admin is created when blank
     * @param password the admin's initial password
     */
    record Admin(String email, String password) {

        boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }
}
