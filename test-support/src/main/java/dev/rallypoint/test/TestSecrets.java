package dev.rallypoint.test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets main configuration takes from the environment ({@code ${ADMISSION_TOKEN_SECRET}} and
 * the like, with no default), random for each test run: no test depends on a value anyone could
 * read in the repository, and none is ever usable outside the run.
 */
public final class TestSecrets {

    /** The environment variables main configuration reads secrets from. */
    public static final List<String> ENVIRONMENT_VARIABLES = List.of(
            "ADMISSION_TOKEN_SECRET",
            "SIGNING_KEY_SECRET",
            "COURT_SERVICE_CLIENT_SECRET",
            "QUEUE_SERVICE_CLIENT_SECRET",
            "MATCH_SERVICE_CLIENT_SECRET",
            "MARKET_SERVICE_CLIENT_SECRET",
            "NOTICE_SERVICE_CLIENT_SECRET",
            "NOTIFICATION_SERVICE_CLIENT_SECRET");

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    private TestSecrets() {
    }

    /** This run's value of a secret's environment variable. */
    public static String get(String environmentVariable) {
        return VALUES.computeIfAbsent(environmentVariable, name -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return "test-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        });
    }
}
