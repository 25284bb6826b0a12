package dev.rallypoint.support.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Every error a servlet service answers is {@code application/problem+json} with a stable code.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@Import({ FrameworkProblemHandler.class, ProblemErrorController.class })
public class ProblemDetailsAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.transaction.CannotCreateTransactionException")
    @Import(DatabaseProblemHandler.class)
    static class DatabaseProblems {
    }

    @Bean
    ProblemDetails problemDetails(MessageSource messageSource) {
        return new ProblemDetails(messageSource);
    }
}
