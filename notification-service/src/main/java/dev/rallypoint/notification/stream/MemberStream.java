package dev.rallypoint.notification.stream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream of one member. Sends are serialized (an emitter is not safe for concurrent use). While
 * the missed notifications are replayed, live ones are held back and sent after them, and a notification
 * sent once (replayed, then also arriving live) is not sent again.
 */
final class MemberStream {

    private static final int REMEMBERED = 512;

    private final UUID memberId;

    private final SseEmitter emitter;

    private final ReentrantLock lock = new ReentrantLock();

    private final SequencedSet<UUID> sent = new LinkedHashSet<>();

    private final List<Pushed> heldBack = new ArrayList<>();

    private boolean replaying = true;

    private volatile boolean open = true;

    MemberStream(UUID memberId, SseEmitter emitter) {
        this.memberId = memberId;
        this.emitter = emitter;
    }

    UUID memberId() {
        return memberId;
    }

    SseEmitter emitter() {
        return emitter;
    }

    boolean isOpen() {
        return open;
    }

    /** A new notification: sent now, or after the replay if it is still running. */
    void push(Pushed notification) {
        lock.lock();
        try {
            if (replaying) {
                heldBack.add(notification);
            }
            else {
                sendOnce(notification);
            }
        }
        finally {
            lock.unlock();
        }
    }

    /**
     * Opens the stream (a first comment, with the reconnection delay the client should use) and sends what
     * the member missed, oldest first, then what arrived meanwhile; live from now on.
     */
    void replay(List<Pushed> missed, long reconnectMillis) {
        lock.lock();
        try {
            send(SseEmitter.event().comment("connected").reconnectTime(reconnectMillis));
            missed.forEach(this::sendOnce);
            heldBack.forEach(this::sendOnce);
            heldBack.clear();
            replaying = false;
        }
        finally {
            lock.unlock();
        }
    }

    /** A comment line no client shows: keeps proxies from closing an idle stream, and finds dead ones. */
    void heartbeat() {
        lock.lock();
        try {
            send(SseEmitter.event().comment("heartbeat"));
        }
        finally {
            lock.unlock();
        }
    }

    void close() {
        open = false;
        emitter.complete();
    }

    void closed() {
        open = false;
    }

    private void sendOnce(Pushed notification) {
        if (!open || sent.contains(notification.id())) {
            return;
        }
        send(SseEmitter.event().id(notification.id().toString()).name("notification")
                .data(notification.json(), MediaType.APPLICATION_JSON));
        sent.add(notification.id());
        if (sent.size() > REMEMBERED) {
            sent.removeFirst();
        }
    }

    private void send(SseEmitter.SseEventBuilder event) {
        if (!open) {
            return;
        }
        try {
            emitter.send(event);
        }
        catch (IOException | IllegalStateException ex) {
            open = false;
            emitter.completeWithError(ex);
        }
    }

    /** A notification as the stream sends it: its id (the SSE event id) and its JSON. */
    record Pushed(UUID id, String json) {
    }
}
