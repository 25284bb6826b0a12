package dev.rallypoint.notification.delivery;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the external channels send.
 *
 * @param mailFrom the sender of e-mail
 * @param sms the SMS gateway
 * @param push the mobile push gateway
 */
@ConfigurationProperties("rallypoint.notification")
record ChannelProperties(@DefaultValue("RallyPoint <no-reply@rallypoint.dev>") String mailFrom,
        @DefaultValue Gateway sms, @DefaultValue Gateway push) {

    /**
     * @param adapter {@code logging} (writes the message to the log: development) or {@code webhook}
     *        (POSTs it as JSON to {@code webhookUrl}, e.g. a provider's relay)
     * @param webhookUrl where the webhook adapter posts
     * @param timeout connect and answer timeout of one webhook call
     */
    record Gateway(@DefaultValue("logging") String adapter, URI webhookUrl, @DefaultValue("2s") Duration timeout) {

        boolean webhook() {
            return "webhook".equals(adapter);
        }
    }
}
