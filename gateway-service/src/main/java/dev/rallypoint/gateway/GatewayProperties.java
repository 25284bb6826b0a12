package dev.rallypoint.gateway;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the gateway exposes.
 *
 * @param services for each service id registered in discovery, the public path patterns it owns
 */
@ConfigurationProperties("rallypoint.gateway")
record GatewayProperties(Map<String, List<String>> services) {

    GatewayProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
    }
}
