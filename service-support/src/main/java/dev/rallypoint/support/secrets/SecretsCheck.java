package dev.rallypoint.support.secrets;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Runs {@link RequiredSecrets} as the application context starts, before any bean is created, and
 * stops the start-up with one message naming every unusable secret.
 */
class SecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = RequiredSecrets.problems(environment);
        if (!problems.isEmpty()) {
            throw new UnusableSecrets(problems);
        }
    }
}
