package dev.rallypoint.support.openapi;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Describes each service's API as it is reached: through the gateway, at the same origin as the
 * aggregated Swagger UI, never at the service's own address.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class OpenApiAutoConfiguration {

    @Bean
    OpenApiCustomizer rallyPointApiDescription(@Value("${spring.application.name:application}") String service) {
        return openApi -> {
            openApi.setServers(List.of(new Server().url("/").description("RallyPoint gateway")));
            Info info = openApi.getInfo() != null ? openApi.getInfo() : new Info();
            openApi.setInfo(info.title("RallyPoint " + service).version("v1"));
        };
    }
}
