package dev.rallypoint.match.court;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CourtProperties.class)
@EnableFeignClients(clients = CourtClient.class)
class CourtClientConfiguration {
}
