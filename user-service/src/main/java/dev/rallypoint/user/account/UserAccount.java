package dev.rallypoint.user.account;

import dev.rallypoint.common.event.user.AccountSuspended;
import dev.rallypoint.common.event.user.UserRegistered;
import dev.rallypoint.common.event.user.UserRoleChanged;
import dev.rallypoint.common.event.user.UserWithdrawn;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.common.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person's account: credentials, roles, profile and status. Every change goes through a domain
 * verb that guards its precondition and registers the event other parts of the platform react to.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractAggregateRoot<UserAccount> {

    static final String WITHDRAWN_NICKNAME = "withdrawn";

    @Id
    private UUID id;

    private String email;

    private String passwordHash;

    private String nickname;

    private String phone;

    private BigDecimal ntrpLevel;

    private String homeRegion;

    @Embedded
    private NotificationPreferences notifications;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private String suspensionReason;

    private Instant createdAt;

    private Instant withdrawnAt;

    private Instant emailVerifiedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    private UserAccount(String email, String passwordHash, String nickname, Set<Role> roles, Clock clock) {
        this.id = Uuids.timeOrdered();
        this.email = email;
        this.passwordHash = passwordHash;
        this.nickname = nickname;
        this.notifications = NotificationPreferences.DEFAULTS;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = clock.instant();
        this.roles = EnumSet.copyOf(roles);
        registerEvent(new UserRegistered(Uuids.timeOrdered(), createdAt, id, email, nickname, this.roles));
    }

    /** A member who signed up with e-mail and password. */
    static UserAccount signUp(Email email, String passwordHash, String nickname, Clock clock) {
        return new UserAccount(email.value(), passwordHash, nickname, Set.of(Role.MEMBER), clock);
    }

    /**
     * A member whose first login was through a social provider: no password; the address counts as
     * verified because only a provider-verified address is ever passed here.
     */
    static UserAccount fromSocialLogin(Email email, String nickname, Clock clock) {
        UserAccount account = new UserAccount(email == null ? null : email.value(), null, nickname, Set.of(Role.MEMBER), clock);
        account.emailVerifiedAt = email == null ? null : account.createdAt;
        return account;
    }

    /** The platform's first admin, created from configuration (its address is the operator's own). */
    static UserAccount administrator(Email email, String passwordHash, Clock clock) {
        UserAccount account = new UserAccount(email.value(), passwordHash, "admin", Set.of(Role.MEMBER, Role.ADMIN), clock);
        account.emailVerifiedAt = account.createdAt;
        return account;
    }

    /**
     * The owner of the address followed a verification link. {@code passwordHash}, when given, is
     * the password of the sign-up the link answered: it replaces whatever password someone else may
     * have registered for this address before (and ends their sessions).
     */
    void verifyEmail(String passwordHash, Clock clock) {
        requireNotWithdrawn();
        if (emailVerifiedAt == null) {
            emailVerifiedAt = clock.instant();
        }
        if (passwordHash != null && !passwordHash.equals(this.passwordHash)) {
            changePassword(passwordHash);
        }
    }

    /** A new password chosen through a reset link sent to the address, which that proves too. */
    void resetPassword(String newPasswordHash, Clock clock) {
        requireNotWithdrawn();
        if (emailVerifiedAt == null) {
            emailVerifiedAt = clock.instant();
        }
        changePassword(newPasswordHash);
    }

    boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    void updateProfile(ProfileChange change) {
        requireNotWithdrawn();
        if (change.nickname() != null) {
            nickname = change.nickname();
        }
        if (change.phone() != null) {
            phone = change.phone().isBlank() ? null : change.phone();
        }
        if (change.ntrpLevel() != null) {
            ntrpLevel = change.ntrpLevel();
        }
        if (change.homeRegion() != null) {
            homeRegion = change.homeRegion().isBlank() ? null : change.homeRegion();
        }
        if (change.notifications() != null) {
            notifications = change.notifications();
        }
    }

    void changePassword(String newPasswordHash) {
        requireNotWithdrawn();
        passwordHash = newPasswordHash;
        registerEvent(new AccountChanges.PasswordChanged(id));
    }

    /** Closes the account: erases what identifies the person and tells every service. */
    void withdraw(Clock clock) {
        requireNotWithdrawn();
        status = AccountStatus.WITHDRAWN;
        withdrawnAt = clock.instant();
        email = null;
        emailVerifiedAt = null;
        passwordHash = null;
        nickname = WITHDRAWN_NICKNAME;
        phone = null;
        ntrpLevel = null;
        homeRegion = null;
        notifications = new NotificationPreferences(false, false, false, false);
        suspensionReason = null;
        roles.clear();
        registerEvent(new UserWithdrawn(Uuids.timeOrdered(), withdrawnAt, id));
    }

    void suspend(String reason, Clock clock) {
        if (status != AccountStatus.ACTIVE) {
            throw new AccountStateConflict(id, status);
        }
        status = AccountStatus.SUSPENDED;
        suspensionReason = reason;
        registerEvent(new AccountChanges.AccountSuspended(id));
        registerEvent(new AccountSuspended(Uuids.timeOrdered(), clock.instant(), id, reason));
    }

    void reinstate() {
        if (status != AccountStatus.SUSPENDED) {
            throw new AccountStateConflict(id, status);
        }
        status = AccountStatus.ACTIVE;
        suspensionReason = null;
    }

    void changeRoles(Set<Role> newRoles, Clock clock) {
        requireNotWithdrawn();
        if (newRoles.contains(Role.SERVICE) || newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account has at least one user role and never SERVICE");
        }
        Set<Role> previous = Set.copyOf(roles);
        if (previous.equals(newRoles)) {
            return;
        }
        roles.clear();
        roles.addAll(newRoles);
        registerEvent(new UserRoleChanged(Uuids.timeOrdered(), clock.instant(), id, roles, previous));
    }

    void grant(Role role, Clock clock) {
        Set<Role> wanted = EnumSet.of(role);
        wanted.addAll(roles);
        changeRoles(wanted, clock);
    }

    private void requireNotWithdrawn() {
        if (status == AccountStatus.WITHDRAWN) {
            throw new AccountStateConflict(id, status);
        }
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    String passwordHash() {
        return passwordHash;
    }

    Identity identity() {
        return new Identity(id, Set.copyOf(roles), status, emailVerified());
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String nickname() {
        return nickname;
    }

    public String phone() {
        return phone;
    }

    public BigDecimal ntrpLevel() {
        return ntrpLevel;
    }

    public String homeRegion() {
        return homeRegion;
    }

    public NotificationPreferences notifications() {
        return notifications;
    }

    public AccountStatus status() {
        return status;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
