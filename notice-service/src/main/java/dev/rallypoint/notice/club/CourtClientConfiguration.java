package dev.rallypoint.notice.club;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = CourtClient.class)
class CourtClientConfiguration {
}
