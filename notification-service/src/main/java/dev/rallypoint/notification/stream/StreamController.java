package dev.rallypoint.notification.stream;

import dev.rallypoint.notification.inbox.Inbox;
import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/** The caller's notifications as they happen, over Server-Sent Events. */
@RestController
@Tag(name = "Notifications")
class StreamController {

    private static final long RECONNECT_MILLIS = 3_000;

    private final LocalStreams streams;

    private final Inbox inbox;

    private final JsonMapper json;

    private final StreamProperties properties;

    StreamController(LocalStreams streams, Inbox inbox, JsonMapper json, StreamProperties properties) {
        this.streams = streams;
        this.inbox = inbox;
        this.json = json;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "A stream of the caller's new notifications (event name notification, id = notification id), "
            + "with a heartbeat comment every 15 s; send Last-Event-ID on reconnect to get what was missed")
    SseEmitter stream(Caller caller,
            @Parameter(description = "the id of the last notification received") @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        UUID member = caller.userId();
        UUID lastSeen = parse(lastEventId);
        SseEmitter emitter = new SseEmitter(properties.lifetime().toMillis());
        MemberStream stream = new MemberStream(member, emitter);
        streams.add(stream);
        Runnable forget = () -> {
            stream.closed();
            streams.remove(stream);
        };
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        List<MemberStream.Pushed> missed = lastSeen == null ? List.of() : inbox.after(member, lastSeen).stream()
                .map(notification -> new MemberStream.Pushed(notification.id(), json.writeValueAsString(notification)))
                .toList();
        stream.replay(missed, RECONNECT_MILLIS);
        return emitter;
    }

    private static UUID parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(lastEventId.strip());
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidLastEventId();
        }
    }
}
