package dev.rallypoint.support.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The admission bound answers work beyond capacity with an immediate 503 and Retry-After, lets a
 * short queue wait for a place, refuses work whose caller's deadline has passed with 504, and never
 * bounds the actuator.
 */
class AdmissionFilterTests {

    final Clock clock = Clock.systemUTC();

    final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    final CountDownLatch release = new CountDownLatch(1);

    final CountDownLatch entered = new CountDownLatch(1);

    final AtomicInteger worked = new AtomicInteger();

    @AfterEach
    void stop() {
        release.countDown();
        threads.close();
    }

    @Test
    void refusesWorkBeyondCapacityAtOnceWith503AndRetryAfter() throws Exception {
        AdmissionFilter filter = filter(1, 0, Duration.ofSeconds(5));
        occupyTheOnlyPlace(filter);

        long started = System.nanoTime();
        MockHttpServletResponse refused = call(filter, request("/api/v1/reservations"), counting());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"code\":\"service-busy\"", "\"status\":503");
        assertThat(worked).hasValue(0);
    }

    @Test
    void aRequestWaitingInTheQueueGetsThePlaceWhenItIsFreed() throws Exception {
        AdmissionFilter filter = filter(1, 1, Duration.ofSeconds(10));
        occupyTheOnlyPlace(filter);

        Future<MockHttpServletResponse> waiting = threads.submit(() -> call(filter, request("/api/v1/x"), counting()));
        release.countDown();

        assertThat(waiting.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(worked).hasValue(1);
    }

    @Test
    void aRequestWaitsNoLongerThanItsDeadlineAndIsThenRefusedWith504() throws Exception {
        AdmissionFilter filter = filter(1, 1, Duration.ofSeconds(30));
        occupyTheOnlyPlace(filter);
        MockHttpServletRequest request = request("/api/v1/x");
        request.addHeader(RequestDeadline.HEADER, Long.toString(clock.millis() + 300));

        long started = System.nanoTime();
        MockHttpServletResponse refused = call(filter, request, counting());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(refused.getStatus()).isEqualTo(504);
        assertThat(refused.getContentAsString()).contains("\"code\":\"deadline-exceeded\"");
        assertThat(worked).hasValue(0);
    }

    @Test
    void refusesWorkWhoseDeadlineHasPassedBeforeDoingAnything() throws Exception {
        AdmissionFilter filter = filter(10, 10, Duration.ofSeconds(1));
        MockHttpServletRequest request = request("/api/v1/reservations");
        request.addHeader(RequestDeadline.HEADER, Long.toString(clock.millis() - 1));

        MockHttpServletResponse refused = call(filter, request, counting());

        assertThat(refused.getStatus()).isEqualTo(504);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(worked).hasValue(0);
    }

    @Test
    void ignoresAMalformedDeadline() throws Exception {
        AdmissionFilter filter = filter(10, 10, Duration.ofSeconds(1));
        for (String header : List.of("soon", "", "-", "99999999999999999999999")) {
            MockHttpServletRequest request = request("/api/v1/x");
            request.addHeader(RequestDeadline.HEADER, header);
            assertThat(call(filter, request, counting()).getStatus()).as(header).isEqualTo(200);
        }
    }

    @Test
    void neverBoundsTheActuator() throws Exception {
        AdmissionFilter filter = filter(1, 0, Duration.ofSeconds(1));
        occupyTheOnlyPlace(filter);

        assertThat(call(filter, request("/actuator/health"), counting()).getStatus()).isEqualTo(200);
        assertThat(worked).hasValue(1);
    }

    @Test
    void workInsideTheRequestStopsOnceTheDeadlineHasPassed() throws Exception {
        AdmissionFilter filter = filter(10, 10, Duration.ofSeconds(1));
        MockHttpServletRequest request = request("/api/v1/x");
        long deadline = clock.millis() + 60_000;
        request.addHeader(RequestDeadline.HEADER, Long.toString(deadline));
        AtomicInteger checked = new AtomicInteger();

        call(filter, request, (req, res) -> {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            try {
                assertThat(RequestDeadline.current()).contains(Instant.ofEpochMilli(deadline));
                RequestDeadline.requireTimeLeft(clock);
                assertThatThrownBy(() -> RequestDeadline.requireTimeLeft(Clock.offset(clock, Duration.ofMinutes(2))))
                        .isInstanceOf(RequestDeadline.DeadlineExceeded.class);
                checked.incrementAndGet();
            }
            finally {
                RequestContextHolder.resetRequestAttributes();
            }
        });

        assertThat(checked).hasValue(1);
    }

    private AdmissionFilter filter(int concurrent, int waiting, Duration maxWait) {
        return new AdmissionFilter(new AdmissionProperties(true, concurrent, waiting, maxWait, Duration.ofSeconds(1),
                List.of("/actuator")), clock);
    }

    /** Starts a request that holds the only place until the test releases it. */
    private void occupyTheOnlyPlace(AdmissionFilter filter) throws Exception {
        threads.submit(() -> call(filter, request("/api/v1/slow"), (req, res) -> {
            entered.countDown();
            release.await();
        }));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private ThrowingChain counting() {
        return (req, res) -> worked.incrementAndGet();
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRequestURI(path);
        return request;
    }

    private static MockHttpServletResponse call(AdmissionFilter filter, MockHttpServletRequest request, ThrowingChain chain)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            try {
                chain.doFilter(req, res);
            }
            catch (java.io.IOException | jakarta.servlet.ServletException | RuntimeException ex) {
                throw ex;
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        return response;
    }

    @FunctionalInterface
    interface ThrowingChain {

        void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) throws Exception;
    }
}
