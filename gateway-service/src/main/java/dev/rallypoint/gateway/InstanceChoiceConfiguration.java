package dev.rallypoint.gateway;

import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import java.util.List;
import org.springframework.cloud.client.ServiceInstance;
import reactor.core.publisher.Flux;

/**
 * The instances the gateway balances a service's calls over (each service's load-balancer context,
 * {@link LoadBalancing}): those discovery lists (cached 2 s), without the ones a call just failed to
 * reach ({@link UnreachableInstances}). No periodic health check: on this platform's small machines a
 * slow check took healthy instances out; a failed connection is the surer sign, and costs the caller
 * nothing, since that read is retried on another instance.
 */
class InstanceChoiceConfiguration {

    @Bean
    ServiceInstanceListSupplier reachableInstances(ConfigurableApplicationContext context,
            UnreachableInstances unreachable) {
        ServiceInstanceListSupplier discovered = ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .withCaching()
                .build(context);
        return new ServiceInstanceListSupplier() {
            @Override
            public String getServiceId() {
                return discovered.getServiceId();
            }

            @Override
            public Flux<List<ServiceInstance>> get() {
                return discovered.get().map(unreachable::reachable);
            }
        };
    }
}
