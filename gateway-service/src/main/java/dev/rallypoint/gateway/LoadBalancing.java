package dev.rallypoint.gateway;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/** Every service's load balancer chooses among {@link InstanceChoiceConfiguration}'s instances. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = InstanceChoiceConfiguration.class)
class LoadBalancing {
}
