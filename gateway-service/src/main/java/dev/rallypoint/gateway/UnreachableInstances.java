package dev.rallypoint.gateway;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.CompletionContext;
import org.springframework.cloud.client.loadbalancer.LoadBalancerLifecycle;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.stereotype.Component;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Instances a call could not reach (connection refused, reset or closed before any answer), left out
 * of the load balancer's choice for {@code rallypoint.gateway.unreachable-for} (5 s): the retry of a
 * read ({@link RoutesConfiguration}) then goes to another instance, and so do the calls after it,
 * until discovery drops the instance or, the time over, a call finds it reachable again. If every
 * instance of a service is unreachable, none is left out.
 */
@Component
class UnreachableInstances implements LoadBalancerLifecycle<Object, Object, ServiceInstance> {

    private final Map<String, Long> until = new ConcurrentHashMap<>();

    private final Duration unreachableFor;

    private final Clock clock;

    UnreachableInstances(@Value("${rallypoint.gateway.unreachable-for:5s}") Duration unreachableFor, Clock clock) {
        this.unreachableFor = unreachableFor;
        this.clock = clock;
    }

    @Override
    public boolean supports(Class requestContextClass, Class responseClass, Class serverTypeClass) {
        return ServiceInstance.class.isAssignableFrom(serverTypeClass);
    }

    @Override
    public void onStart(Request<Object> request) {
    }

    @Override
    public void onStartRequest(Request<Object> request, Response<ServiceInstance> lbResponse) {
    }

    @Override
    public void onComplete(CompletionContext<Object, ServiceInstance, Object> completion) {
        Response<ServiceInstance> chosen = completion.getLoadBalancerResponse();
        if (completion.status() == CompletionContext.Status.FAILED && chosen != null && chosen.hasServer()
                && unreachable(completion.getThrowable())) {
            until.put(key(chosen.getServer()), clock.millis() + unreachableFor.toMillis());
        }
    }

    /** The instances without those found unreachable lately; all of them if none would be left. */
    List<ServiceInstance> reachable(List<ServiceInstance> instances) {
        if (until.isEmpty()) {
            return instances;
        }
        long now = clock.millis();
        until.values().removeIf(expiry -> expiry <= now);
        List<ServiceInstance> reachable = instances.stream().filter(instance -> !until.containsKey(key(instance))).toList();
        return reachable.isEmpty() ? instances : reachable;
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof PrematureCloseException
                    || cause instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String key(ServiceInstance instance) {
        return instance.getServiceId() + "@" + instance.getHost() + ":" + instance.getPort();
    }
}
