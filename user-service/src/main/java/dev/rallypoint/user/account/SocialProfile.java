package dev.rallypoint.user.account;

/**
 * A person as a social login provider describes them.
 *
 * @param provider our name of the provider, e.g. {@code google}
 * @param subject the provider's stable id of the person
 * @param email their e-mail address, if the provider shares one
 * @param emailVerified whether the provider vouches for that address (only then is it linked to an
 *        existing account)
 * @param name a display name, used as the first nickname
 */
public record SocialProfile(String provider, String subject, String email, boolean emailVerified, String name) {
}
