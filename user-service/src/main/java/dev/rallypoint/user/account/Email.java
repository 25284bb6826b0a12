package dev.rallypoint.user.account;

import java.util.Locale;

/** An e-mail address as accounts are keyed by it: trimmed and lower-cased. */
public record Email(String value) {

    public Email {
        if (value == null || value.isBlank() || value.length() > 254 || !value.contains("@")) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    public static Email of(String value) {
        return new Email(value);
    }
}
