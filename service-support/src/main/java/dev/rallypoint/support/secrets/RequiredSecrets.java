package dev.rallypoint.support.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The secrets that sign or encrypt something (admission tokens, service clients' credentials, the
 * signing keys at rest), and what makes one unusable: unset, shorter than {@link #MIN_BYTES}, or one
 * of the values this repository used to ship as defaults (anyone who read it could mint tokens with
 * them). A service checks only the secrets its configuration declares. Values come from the
 * environment: {@code bin/rallypoint} generates them per installation, docker-compose requires them,
 * and test-support gives every test run random ones.
 */
public final class RequiredSecrets {

    /** At least 128 bits of a generated secret; HS256 keys must be 32 bytes and are checked for that where used. */
    static final int MIN_BYTES = 16;

    /** Values that were once defaults in a committed application.yml. */
    static final Set<String> KNOWN_DEFAULTS = Set.of(
            "local-only-admission-secret-0123456789abcdef",
            "local-development-only-signing-key-secret",
            "local-court-service-secret",
            "local-queue-service-secret",
            "local-match-service-secret",
            "local-market-service-secret",
            "local-notice-service-secret",
            "local-notification-service-secret",
            "changeme", "change-me", "secret");

    private static final List<String> SINGLE_SECRETS = List.of(
            "rallypoint.gateway.admission.secret",
            "rallypoint.queue.admission-secret",
            "rallypoint.tokens.signing-keys.encryption-secret");

    private RequiredSecrets() {
    }

    /** What is wrong with the secrets this environment declares; empty when nothing is. */
    public static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        for (String property : SINGLE_SECRETS) {
            if (environment.containsProperty(property)) {
                check(property, () -> environment.getProperty(property), problems);
            }
        }
        if (environment.containsProperty("rallypoint.security.service-client.id")
                && !environment.getProperty("rallypoint.security.service-client.id", "").isBlank()) {
            check("rallypoint.security.service-client.secret",
                    () -> environment.getProperty("rallypoint.security.service-client.secret"), problems);
        }
        try {
            Map<String, String> clients = Binder.get(environment)
                    .bind("rallypoint.tokens.service-clients", Bindable.mapOf(String.class, String.class))
                    .orElse(Map.of());
            clients.forEach((client, secret) -> check("rallypoint.tokens.service-clients." + client, () -> secret, problems));
        }
        catch (RuntimeException unresolved) {
            problems.add("rallypoint.tokens.service-clients: " + rootMessage(unresolved));
        }
        return problems;
    }

    private static void check(String property, Supplier<String> value, List<String> problems) {
        String secret;
        try {
            secret = value.get();
        }
        catch (RuntimeException unresolved) {
            problems.add(property + " is not set (" + rootMessage(unresolved) + ")");
            return;
        }
        if (secret == null || secret.isBlank()) {
            problems.add(property + " is not set");
        }
        else if (KNOWN_DEFAULTS.contains(secret.trim())) {
            problems.add(property + " is a published default value");
        }
        else if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            problems.add(property + " is shorter than " + MIN_BYTES + " bytes");
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
