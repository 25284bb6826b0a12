package dev.rallypoint.support.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the settings every RallyPoint service shares (virtual threads, actuator exposure, Eureka
 * timings, JPA validation, logging) with the lowest precedence, so a service's own
 * {@code application.yml} stays short and can still override any of them.
 */
class ServiceDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "rallypointServiceDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader()
                    .load(SOURCE_NAME, new ClassPathResource("rallypoint/service-defaults.properties"))) {
                environment.getPropertySources().addLast(source);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
