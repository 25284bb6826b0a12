package dev.rallypoint.match.openmatch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenMatchProperties.class)
class OpenMatchConfiguration {
}
