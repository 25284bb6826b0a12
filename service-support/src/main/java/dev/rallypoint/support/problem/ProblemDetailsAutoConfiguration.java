package dev.rallypoint.support.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Every error a servlet service answers is {@code application/problem+json} with a stable code.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@Import({ FrameworkProblemHandler.class, ProblemErrorController.class })
public class ProblemDetailsAutoConfiguration {

    @Bean
    ProblemDetails problemDetails(MessageSource messageSource) {
        return new ProblemDetails(messageSource);
    }
}
