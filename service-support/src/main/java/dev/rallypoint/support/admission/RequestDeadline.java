package dev.rallypoint.support.admission;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The instant after which the caller of the current request no longer waits for its answer, as the
 * gateway stated it in {@value #HEADER} (epoch milliseconds, wall-clock time, not the service's
 * business clock). Work that would start after it is pointless: {@link #requireTimeLeft()} stops it
 * with 504 before it takes a database connection or changes anything.
 */
public final class RequestDeadline {

    /** The header the gateway sets on every request it forwards. */
    public static final String HEADER = "X-Request-Deadline";

    static final String ATTRIBUTE = RequestDeadline.class.getName();

    private RequestDeadline() {
    }

    /** The current request's deadline, when its caller stated one. */
    public static Optional<Instant> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((Instant) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    /** Stops the current request with 504 when its caller has already given up on it. */
    public static void requireTimeLeft() {
        requireTimeLeft(Clock.systemUTC());
    }

    static void requireTimeLeft(Clock clock) {
        current().filter(deadline -> !deadline.isAfter(clock.instant())).ifPresent(deadline -> {
            throw new DeadlineExceeded();
        });
    }

    /** Reads the header: epoch milliseconds; anything else states no deadline. */
    static Optional<Instant> parse(String header) {
        if (header == null || header.isBlank() || header.length() > 19) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(header.trim())));
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /** The caller gave up on this request before the service got to its work. */
    public static final class DeadlineExceeded extends ErrorResponseException {

        DeadlineExceeded() {
            super(HttpStatus.GATEWAY_TIMEOUT);
            getBody().setDetail("The caller stopped waiting for this request before it could be worked on.");
        }
    }
}
