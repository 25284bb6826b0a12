package dev.rallypoint.user.account;

import dev.rallypoint.common.identity.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of accounts: what the controllers of this package call, and what login and social
 * login ask of accounts ({@link #authenticate}, {@link #identity}, {@link #signInWithSocial}).
 */
@Component
public class Accounts {

    private final AccountRepository accounts;

    private final PasswordEncoder passwords;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final EmailTokens emailTokens;

    private final AccountMail mail;

    private final AccountProperties.Mail mailSettings;

    private final TransactionTemplate transactions;

    /** Compared against when the login name is unknown, so that case costs what a wrong password costs. */
    private final String unknownUserHash;

    Accounts(AccountRepository accounts, PasswordEncoder passwords, JdbcClient jdbc, Clock clock, EmailTokens emailTokens,
            AccountMail mail, AccountProperties properties, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.clock = clock;
        this.emailTokens = emailTokens;
        this.mail = mail;
        this.mailSettings = properties.mail();
        this.transactions = transactions;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * Signs up, or answers a sign-up for an address already registered, alike to the caller: a new
     * address gets an unverified account and a verification link; a verified one gets a warning
     * that someone tried; an unverified one gets a new link that also sets this sign-up's password.
     * A retried or concurrent sign-up of one address never makes a second account. The password is
     * hashed in every case, before any database connection is taken.
     */
    void signUp(Email email, String password, String nickname) {
        String hash = passwords.encode(password);
        try {
            transactions.executeWithoutResult(status -> register(email, hash, nickname));
        }
        catch (DataIntegrityViolationException ex) {
            transactions.executeWithoutResult(status -> register(email, hash, nickname));
        }
    }

    private void register(Email email, String passwordHash, String nickname) {
        Optional<UserAccount> existing = accounts.findByEmail(email.value());
        if (existing.isEmpty()) {
            UserAccount account = accounts.saveAndFlush(UserAccount.signUp(email, passwordHash, nickname, clock));
            mail.verification(account.email(), emailTokens.issue(account, EmailTokens.Purpose.VERIFY_EMAIL,
                    mailSettings.verificationLifetime(), null));
        }
        else if (existing.get().emailVerified()) {
            mail.signUpAttempted(existing.get().email());
        }
        else {
            UserAccount account = existing.get();
            mail.verification(account.email(), emailTokens.issue(account, EmailTokens.Purpose.VERIFY_EMAIL,
                    mailSettings.verificationLifetime(), passwordHash));
        }
    }

    /** Follows a verification link: the address is confirmed (once; the link is spent). */
    @Transactional
    void verifyEmail(String token) {
        EmailTokens.Spent spent = emailTokens.spend(token, EmailTokens.Purpose.VERIFY_EMAIL).orElseThrow(InvalidEmailToken::new);
        UserAccount account = get(spent.accountId());
        account.verifyEmail(spent.passwordHash(), clock);
        accounts.save(account);
    }

    /** Mails a reset link when an account has the address; the caller learns nothing either way. */
    @Transactional
    void requestPasswordReset(String email) {
        Optional<UserAccount> account;
        try {
            account = accounts.findByEmail(Email.of(email).value());
        }
        catch (IllegalArgumentException ex) {
            account = Optional.empty();
        }
        account.filter(found -> found.status() != AccountStatus.WITHDRAWN).ifPresent(found -> mail.passwordReset(found.email(),
                emailTokens.issue(found, EmailTokens.Purpose.RESET_PASSWORD, mailSettings.resetLifetime(), null)));
    }

    /** Sets a new password through a reset link (spent by this); every session of the account ends. */
    void resetPassword(String token, String newPassword) {
        String hash = passwords.encode(newPassword);
        transactions.executeWithoutResult(status -> {
            EmailTokens.Spent spent = emailTokens.spend(token, EmailTokens.Purpose.RESET_PASSWORD)
                    .orElseThrow(InvalidEmailToken::new);
            UserAccount account = get(spent.accountId());
            account.resetPassword(hash, clock);
            accounts.save(account);
        });
    }

    /**
     * The identity whose e-mail and password these are, whatever its status; empty for an unknown
     * address or a wrong password alike, after the same amount of work.
     */
    @Transactional(readOnly = true)
    public Optional<Identity> authenticate(String email, String password) {
        Optional<UserAccount> account;
        try {
            account = accounts.findByEmail(Email.of(email).value()).filter(UserAccount::hasPassword);
        }
        catch (IllegalArgumentException ex) {
            account = Optional.empty();
        }
        String hash = account.map(UserAccount::passwordHash).orElse(unknownUserHash);
        boolean matches = passwords.matches(password, hash);
        return account.filter(found -> matches).map(UserAccount::identity);
    }

    @Transactional(readOnly = true)
    public Optional<Identity> identity(UUID accountId) {
        return accounts.findById(accountId).map(UserAccount::identity);
    }

    /**
     * The account a social login belongs to: the one linked to it, else the account with the same
     * verified e-mail address (then linked), else a new member account.
     */
    @Transactional
    public Identity signInWithSocial(SocialProfile profile) {
        Optional<UUID> linked = jdbc.sql("SELECT account_id FROM social_identity WHERE provider = ? AND subject = ?")
                .params(profile.provider(), profile.subject())
                .query(UUID.class)
                .optional();
        if (linked.isPresent()) {
            return accounts.findById(linked.get()).orElseThrow(() -> new AccountNotFound(linked.get())).identity();
        }
        Email email = profile.emailVerified() && profile.email() != null ? Email.of(profile.email()) : null;
        UserAccount account = Optional.ofNullable(email)
                .flatMap(address -> accounts.findByEmail(address.value()))
                .orElseGet(() -> accounts.saveAndFlush(UserAccount.fromSocialLogin(email, Nicknames.from(profile.name()), clock)));
        jdbc.sql("INSERT INTO social_identity (provider, subject, account_id, linked_at) VALUES (?, ?, ?, ?)")
                .params(profile.provider(), profile.subject(), account.id(), Timestamp.from(clock.instant()))
                .update();
        return account.identity();
    }

    @Transactional(readOnly = true)
    UserAccount get(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
    }

    @Transactional
    UserAccount updateProfile(UUID accountId, ProfileChange change) {
        UserAccount account = get(accountId);
        account.updateProfile(change);
        return accounts.save(account);
    }

    @Transactional
    void changePassword(UUID accountId, String currentPassword, String newPassword) {
        UserAccount account = get(accountId);
        if (!account.hasPassword() || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new CurrentPasswordMismatch();
        }
        account.changePassword(passwords.encode(newPassword));
        accounts.save(account);
    }

    /**
     * Closes the account; an account with a password must confirm it. Its social logins are
     * unlinked, so logging in with them again starts a new account.
     */
    @Transactional
    void withdraw(UUID accountId, String password) {
        UserAccount account = get(accountId);
        if (account.hasPassword() && (password == null || !passwords.matches(password, account.passwordHash()))) {
            throw new CurrentPasswordMismatch();
        }
        account.withdraw(clock);
        accounts.save(account);
        jdbc.sql("DELETE FROM social_identity WHERE account_id = ?").param(accountId).update();
    }

    @Transactional(readOnly = true)
    Page<UserAccount> search(UserSearch search, Pageable page) {
        return accounts.findAll(search.predicate(), page);
    }

    @Transactional
    UserAccount changeRoles(UUID adminId, UUID accountId, Set<Role> roles) {
        if (adminId.equals(accountId) && !roles.contains(Role.ADMIN)) {
            throw new SelfLockout();
        }
        UserAccount account = get(accountId);
        account.changeRoles(EnumSet.copyOf(roles), clock);
        return accounts.save(account);
    }

    @Transactional
    UserAccount suspend(UUID adminId, UUID accountId, String reason) {
        if (adminId.equals(accountId)) {
            throw new SelfLockout();
        }
        UserAccount account = get(accountId);
        account.suspend(reason, clock);
        return accounts.save(account);
    }

    @Transactional
    UserAccount reinstate(UUID accountId) {
        UserAccount account = get(accountId);
        account.reinstate();
        return accounts.save(account);
    }

    @Transactional
    void grant(UUID accountId, Role role) {
        UserAccount account = get(accountId);
        account.grant(role, clock);
        accounts.save(account);
    }
}
