package dev.rallypoint.user.auth;

import dev.rallypoint.common.event.user.UserWithdrawn;
import dev.rallypoint.user.account.AccountChanges.AccountSuspended;
import dev.rallypoint.user.account.AccountChanges.PasswordChanged;
import dev.rallypoint.user.account.Accounts;
import dev.rallypoint.user.account.Identity;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login sessions: opened with a token pair, continued by refresh (rotation), ended by logout, and
 * ended for every device when the password changes, the account is suspended or withdrawn.
 */
@Component
public class Sessions {

    private final AccessTokenIssuer accessTokens;

    private final RefreshTokens refreshTokens;

    private final Accounts accounts;

    private final TokenProperties properties;

    Sessions(AccessTokenIssuer accessTokens, RefreshTokens refreshTokens, Accounts accounts, TokenProperties properties) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** A new session for an identity that has just proven who it is. */
    @Transactional
    public TokenResponse open(Identity identity) {
        if (!identity.active()) {
            throw new AccountNotActive();
        }
        return TokenResponse.bearer(accessToken(identity), properties.accessTokenLifetime().toSeconds(),
                refreshTokens.startFamily(identity.id()));
    }

    /**
     * The next token pair of a session; empty when the token is not (or no longer) good. Reuse is
     * answered with an empty result, not an exception, so the family's revocation commits. A retry
     * within the reuse grace gets the pair the first attempt got.
     */
    @Transactional
    Optional<TokenResponse> refresh(String refreshToken) {
        return switch (refreshTokens.rotate(refreshToken)) {
            case RefreshTokens.Rotated rotation -> {
                Optional<Identity> identity = accounts.identity(rotation.accountId()).filter(Identity::active);
                if (identity.isEmpty()) {
                    refreshTokens.revokeFamily(rotation.family(), "ACCOUNT_INACTIVE");
                    yield Optional.empty();
                }
                TokenResponse answer = TokenResponse.bearer(accessToken(identity.get()),
                        properties.accessTokenLifetime().toSeconds(), rotation.token());
                refreshTokens.remember(refreshToken, answer);
                yield Optional.of(answer);
            }
            case RefreshTokens.Replayed replayed -> Optional.of(replayed.answer());
            case RefreshTokens.Refused refused -> Optional.empty();
        };
    }

    @Transactional
    void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken, "LOGOUT");
    }

    @EventListener
    void passwordChanged(PasswordChanged event) {
        refreshTokens.revokeAll(event.accountId(), "PASSWORD_CHANGED");
    }

    @EventListener
    void suspended(AccountSuspended event) {
        refreshTokens.revokeAll(event.accountId(), "SUSPENDED");
    }

    @EventListener
    void withdrawn(UserWithdrawn event) {
        refreshTokens.revokeAll(event.aggregateId(), "WITHDRAWN");
    }

    private String accessToken(Identity identity) {
        return accessTokens.issue(identity.id().toString(), identity.roles(), identity.emailVerified(),
                properties.accessTokenLifetime());
    }
}
