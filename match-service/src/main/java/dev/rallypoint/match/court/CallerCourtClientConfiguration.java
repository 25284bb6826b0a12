package dev.rallypoint.match.court;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = CallerCourtClient.class)
class CallerCourtClientConfiguration {
}
