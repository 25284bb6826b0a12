package dev.rallypoint.match.player;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = UserClient.class)
class UserClientConfiguration {
}
