package dev.rallypoint.notification.delivery;

import dev.rallypoint.notification.preference.ChannelType;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * SMS or push through an HTTP gateway: each message is POSTed as JSON ({@code id}, {@code channel},
 * {@code to}, {@code language}, {@code title}, {@code body}); any answer but 2xx, a timeout or a refused
 * connection is a failure the worker retries. The {@code id} stays the same across retries, so the
 * gateway can drop a repeat.
 */
class WebhookChannel implements Channel {

    private final ChannelType type;

    private final URI url;

    private final RestClient http;

    WebhookChannel(ChannelType type, URI url, Duration timeout) {
        if (url == null) {
            throw new IllegalStateException("The " + type + " webhook adapter needs a webhook-url");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.type = type;
        this.url = url;
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public ChannelType type() {
        return type;
    }

    @Override
    public void send(Message message) {
        http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", message.id().toString(), "channel", type.name(), "to", message.address(),
                        "language", message.language(), "title", message.subject(), "body", message.body()))
                .retrieve()
                .toBodilessEntity();
    }
}
