package dev.rallypoint.user.account;

import java.util.concurrent.ThreadLocalRandom;

/** What a nickname may look like: letters, digits, and a few separators. */
final class Nicknames {

    static final String PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\- ]*$";

    private Nicknames() {
    }

    /** A valid nickname made from a provider's display name. */
    static String from(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}_.\\- ]", "")
                .replaceAll("^[_.\\- ]+", "")
                .strip();
        cleaned = cleaned.substring(0, Math.min(cleaned.length(), 30)).strip();
        return cleaned.length() >= 2 ? cleaned : "player" + ThreadLocalRandom.current().nextInt(1000, 10_000);
    }
}
