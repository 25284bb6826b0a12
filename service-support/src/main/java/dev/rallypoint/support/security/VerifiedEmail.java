package dev.rallypoint.support.security;

import dev.rallypoint.common.identity.Role;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Booking and paying need a confirmed e-mail address: a user's access token passes only with
 * {@code email_verified: true}; a service token passes. A refusal is a 403 {@code email-not-verified}.
 */
final class VerifiedEmail implements AuthorizationManager<RequestAuthorizationContext> {

    static final VerifiedEmail REQUIRED = new VerifiedEmail();

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

    private VerifiedEmail() {
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof JwtAuthenticationToken caller)) {
            return new AuthorizationDecision(false);
        }
        boolean verified = AccessTokens.emailVerified(caller.getToken())
                || AccessTokens.roles(caller.getToken()).contains(Role.SERVICE);
        return verified ? GRANTED : new Unverified();
    }

    /** The refusal of a user whose address is not confirmed yet. */
    static final class Unverified extends AuthorizationDecision {

        Unverified() {
            super(false);
        }
    }
}
