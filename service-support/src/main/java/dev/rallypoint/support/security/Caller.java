package dev.rallypoint.support.security;

import dev.rallypoint.common.identity.Role;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as proven by the access token: a controller declares a {@code Caller} parameter
 * and checks ownership against it. Never built from client headers.
 *
 * @param subject the token subject: a user id, or {@code service:<name>} for a service token
 * @param roles what the caller may do
 */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(Jwt token) {
        return new Caller(token.getSubject(), AccessTokens.roles(token));
    }

    /** The calling user's id; a service token has none and is refused. */
    public UUID userId() {
        try {
            return UUID.fromString(subject);
        }
        catch (IllegalArgumentException ex) {
            throw new AccessDeniedException("Not a user");
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isService() {
        return has(Role.SERVICE);
    }

    /** Whether the caller is the given user. */
    public boolean is(UUID userId) {
        return subject.equals(userId.toString());
    }
}
