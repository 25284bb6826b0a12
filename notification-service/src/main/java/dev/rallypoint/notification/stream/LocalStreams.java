package dev.rallypoint.notification.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The streams this instance holds, by member. Bounded: a member holds at most {@code perMember} streams
 * here (a new one ends their oldest, e.g. a reloaded page's), the instance at most {@code max}.
 */
@Component
class LocalStreams {

    private final Map<UUID, Deque<MemberStream>> byMember = new ConcurrentHashMap<>();

    private final AtomicInteger count = new AtomicInteger();

    private final StreamProperties properties;

    LocalStreams(StreamProperties properties, MeterRegistry meters) {
        this.properties = properties;
        Gauge.builder("rallypoint.notifications.streams", count, AtomicInteger::get)
                .description("Server-Sent Event streams held by this instance").register(meters);
    }

    /** Takes a new stream in; refuses it when the instance is full. */
    void add(MemberStream stream) {
        if (count.incrementAndGet() > properties.max()) {
            count.decrementAndGet();
            throw new TooManyStreams();
        }
        Deque<MemberStream> streams = byMember.computeIfAbsent(stream.memberId(), id -> new ConcurrentLinkedDeque<>());
        streams.addLast(stream);
        while (streams.size() > properties.perMember()) {
            MemberStream oldest = streams.pollFirst();
            if (oldest != null && oldest != stream) {
                count.decrementAndGet();
                oldest.close();
            }
        }
    }

    void remove(MemberStream stream) {
        Deque<MemberStream> streams = byMember.get(stream.memberId());
        if (streams != null && streams.remove(stream)) {
            count.decrementAndGet();
            byMember.computeIfPresent(stream.memberId(), (id, left) -> left.isEmpty() ? null : left);
        }
    }

    void push(UUID memberId, MemberStream.Pushed notification) {
        Deque<MemberStream> streams = byMember.get(memberId);
        if (streams != null) {
            streams.forEach(stream -> stream.push(notification));
        }
    }

    List<MemberStream> all() {
        return byMember.values().stream().flatMap(Deque::stream).toList();
    }

    int count() {
        return count.get();
    }
}
