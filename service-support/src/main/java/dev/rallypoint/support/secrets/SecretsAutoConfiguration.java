package dev.rallypoint.support.secrets;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Checks the service's secrets before anything else starts ({@link RequiredSecrets}). */
@AutoConfiguration
public class SecretsAutoConfiguration {

    @Bean
    static SecretsCheck rallypointSecretsCheck() {
        return new SecretsCheck();
    }
}
