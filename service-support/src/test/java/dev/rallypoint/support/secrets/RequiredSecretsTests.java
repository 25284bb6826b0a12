package dev.rallypoint.support.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

class RequiredSecretsTests {

    static final String GOOD = "4kQ0m1xUe7Zl9Yt2bV8nR3cW5pS6hJ0aFgD1LiKoMuE";

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SecretsAutoConfiguration.class));

    @Test
    void acceptsGeneratedSecrets() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("rallypoint.gateway.admission.secret", GOOD)
                .withProperty("rallypoint.tokens.signing-keys.encryption-secret", GOOD + "x")
                .withProperty("rallypoint.tokens.service-clients.court-service", GOOD + "y")
                .withProperty("rallypoint.security.service-client.id", "court-service")
                .withProperty("rallypoint.security.service-client.secret", GOOD + "y");

        assertThat(RequiredSecrets.problems(environment)).isEmpty();
    }

    @Test
    void refusesMissingPublishedAndShortSecrets() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("rallypoint.gateway.admission.secret", "${ADMISSION_TOKEN_SECRET}")
                .withProperty("rallypoint.queue.admission-secret", "local-only-admission-secret-0123456789abcdef")
                .withProperty("rallypoint.tokens.signing-keys.encryption-secret", "")
                .withProperty("rallypoint.tokens.service-clients.court-service", "local-court-service-secret")
                .withProperty("rallypoint.tokens.service-clients.queue-service", "short")
                .withProperty("rallypoint.security.service-client.id", "court-service");

        assertThat(RequiredSecrets.problems(environment)).containsExactlyInAnyOrder(
                "rallypoint.gateway.admission.secret is not set (Could not resolve placeholder 'ADMISSION_TOKEN_SECRET' in value \"${ADMISSION_TOKEN_SECRET}\")",
                "rallypoint.queue.admission-secret is a published default value",
                "rallypoint.tokens.signing-keys.encryption-secret is not set",
                "rallypoint.security.service-client.secret is not set",
                "rallypoint.tokens.service-clients.court-service is a published default value",
                "rallypoint.tokens.service-clients.queue-service is shorter than 16 bytes");
    }

    @Test
    void checksOnlyTheSecretsAServiceDeclares() {
        assertThat(RequiredSecrets.problems(new MockEnvironment())).isEmpty();
    }

    @Test
    void aServiceRefusesToStartWithAPublishedDefault() {
        context.withPropertyValues("rallypoint.gateway.admission.secret=local-only-admission-secret-0123456789abcdef")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().isInstanceOf(UnusableSecrets.class)
                        .hasMessageContaining("rallypoint.gateway.admission.secret is a published default value"));
        context.withPropertyValues("rallypoint.gateway.admission.secret=${ADMISSION_TOKEN_SECRET}")
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("rallypoint.gateway.admission.secret=" + GOOD)
                .run(started -> assertThat(started).hasNotFailed());
    }
}
