package dev.rallypoint.test;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.core.env.PropertySource;

/**
 * Points a service under test at the run's infrastructure. Each value is resolved only when the
 * application reads it, so a test that never touches Kafka never starts a broker.
 */
final class InfrastructurePropertySource extends PropertySource<Object> {

    static final String NAME = "rallypointTestInfrastructure";

    private static final Map<String, Supplier<Object>> PROPERTIES = properties();

    private static Map<String, Supplier<Object>> properties() {
        Map<String, Supplier<Object>> properties = new HashMap<>(Map.of(
                "spring.datasource.url", () -> TestDatabase.get().jdbcUrl(),
                "spring.datasource.username", () -> TestDatabase.get().username(),
                "spring.datasource.password", () -> TestDatabase.get().password(),
                "spring.data.redis.host", () -> TestRedis.get().host(),
                "spring.data.redis.port", () -> TestRedis.get().port(),
                "rallypoint.redis.key-prefix", () -> TestRedis.get().keyPrefix(),
                // the shared test machine is often saturated: a 1 s command time-out (the services' default) fails
                // Lettuce's connection handshake there; tests that pause Redis set the production value back
                "spring.data.redis.timeout", () -> "5s",
                "spring.kafka.bootstrap-servers", TestKafka::bootstrapServers,
                "rallypoint.security.jwk-set-uri", TestTokens::jwkSetUri,
                "eureka.client.enabled", () -> false));
        TestSecrets.ENVIRONMENT_VARIABLES.forEach(name -> properties.put(name, () -> TestSecrets.get(name)));
        return Map.copyOf(properties);
    }

    InfrastructurePropertySource() {
        super(NAME, new Object());
    }

    @Override
    public Object getProperty(String name) {
        Supplier<Object> value = PROPERTIES.get(name);
        return value != null ? value.get() : null;
    }

    @Override
    public boolean containsProperty(String name) {
        return PROPERTIES.containsKey(name);
    }
}
