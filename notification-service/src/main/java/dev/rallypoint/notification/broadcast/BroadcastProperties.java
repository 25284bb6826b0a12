package dev.rallypoint.notification.broadcast;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fan-outs.
 *
 * @param batch members per batch (and transaction)
 * @param sweepEvery how often an instance resumes the broadcasts left open (after a crash or a restart)
 */
@ConfigurationProperties("rallypoint.notification.broadcast")
record BroadcastProperties(@DefaultValue("500") int batch, @DefaultValue("10s") Duration sweepEvery) {
}
