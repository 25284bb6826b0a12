package dev.rallypoint.support.admission;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code maxConcurrent} requests work at once; up to {@code maxWaiting} more wait briefly
 * for a place (never past their deadline), and any beyond that are refused at once with 503 and
 * {@code Retry-After}: a busy service answers fast instead of letting callers time out while every
 * request queues for the same few database connections. A request whose caller's deadline has
 * passed is refused with 504 before any work. Actuator paths pass unbounded.
 */
class AdmissionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdmissionFilter.class);

    private final AdmissionProperties properties;

    private final Clock clock;

    private final Semaphore places;

    private final AtomicInteger waiting = new AtomicInteger();

    AdmissionFilter(AdmissionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.places = new Semaphore(properties.maxConcurrent(), true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return properties.excludedPaths().stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Instant> deadline = RequestDeadline.parse(request.getHeader(RequestDeadline.HEADER));
        if (deadline.isPresent() && !deadline.get().isAfter(clock.instant())) {
            refuseLate(request, response);
            return;
        }
        deadline.ifPresent(at -> request.setAttribute(RequestDeadline.ATTRIBUTE, at));
        if (!places.tryAcquire() && !awaitPlace(deadline)) {
            if (deadline.isPresent() && !deadline.get().isAfter(clock.instant())) {
                refuseLate(request, response);
            }
            else {
                refuseBusy(request, response);
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            places.release();
        }
    }

    /** Waits for a place, unless too many wait already; answers whether one was taken. */
    private boolean awaitPlace(Optional<Instant> deadline) {
        if (waiting.incrementAndGet() > properties.maxWaiting()) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            Duration wait = deadline.map(at -> Duration.between(clock.instant(), at))
                    .filter(left -> left.compareTo(properties.maxWait()) < 0)
                    .orElse(properties.maxWait());
            return !wait.isNegative() && places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        finally {
            waiting.decrementAndGet();
        }
    }

    private void refuseBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("Busy: {} {} refused with 503", request.getMethod(), request.getRequestURI());
        long seconds = Math.max(1, (properties.retryAfter().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "service-busy",
                "The service is busy; retry in a moment.");
    }

    private void refuseLate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("Deadline passed: {} {} refused with 504", request.getMethod(), request.getRequestURI());
        problem(request, response, HttpStatus.GATEWAY_TIMEOUT, "deadline-exceeded",
                "The caller stopped waiting for this request before it could be worked on.");
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String detail) throws IOException {
        String body = """
                {"type":"https://rallypoint.dev/problems/%s","title":"%s","status":%d,"detail":"%s","instance":"%s","code":"%s"}"""
                .formatted(code, status.getReasonPhrase(), status.value(), detail, jsonString(request.getRequestURI()), code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    private static String jsonString(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            }
            else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            }
            else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
