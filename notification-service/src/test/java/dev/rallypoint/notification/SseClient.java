package dev.rallypoint.notification;

import dev.rallypoint.test.Api;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream in the background: its events, in order, as they arrive. */
public final class SseClient implements AutoCloseable {

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private volatile Stream<String> lines;

    public SseClient(Api api, String token, String lastEventId) {
        HttpRequest.Builder request = api.request("/api/v1/notifications/stream", token).timeout(Duration.ofMinutes(5))
                .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = Api.HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(answer -> {
            lines = answer.body();
            StringBuilder data = new StringBuilder();
            String[] id = { null };
            String[] name = { null };
            try {
                lines.forEach(line -> {
                    if (line.isEmpty()) {
                        if (!data.isEmpty() || name[0] != null) {
                            events.add(new Event(id[0], name[0], data.toString(), System.nanoTime()));
                        }
                        data.setLength(0);
                        id[0] = null;
                        name[0] = null;
                    }
                    else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                    else if (line.startsWith("id:")) {
                        id[0] = line.substring(3).strip();
                    }
                    else if (line.startsWith("event:")) {
                        name[0] = line.substring(6).strip();
                    }
                });
            }
            catch (RuntimeException ex) {
                // closed
            }
        });
    }

    /** The status of the answer, once its headers arrived. */
    public int status() {
        return response.orTimeout(30, TimeUnit.SECONDS).join().statusCode();
    }

    /** The next event, within the time. */
    public Event next(Duration within) throws InterruptedException {
        Event event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("No event within " + within);
        }
        return event;
    }

    @Override
    public void close() {
        response.cancel(true);
        if (lines != null) {
            lines.close();
        }
    }

    /**
     * @param receivedAt {@link System#nanoTime()} when it was read
     */
    public record Event(String id, String name, String data, long receivedAt) {
    }
}
