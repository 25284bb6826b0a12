package dev.rallypoint.test;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Gives every Spring test context of a service the run's PostgreSQL database, Redis key prefix and
 * Kafka broker, ahead of any configuration but a test's own inlined properties. Registered in {@code META-INF/spring.factories}.
 */
class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new InfrastructureContextCustomizer();
    }

    private static final class InfrastructureContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
            if (sources.contains(inlined)) {
                sources.addAfter(inlined, new InfrastructurePropertySource());
            }
            else {
                sources.addFirst(new InfrastructurePropertySource());
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InfrastructureContextCustomizer;
        }

        @Override
        public int hashCode() {
            return InfrastructureContextCustomizer.class.hashCode();
        }
    }
}
