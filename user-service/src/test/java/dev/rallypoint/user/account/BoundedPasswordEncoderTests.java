package dev.rallypoint.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.support.problem.ProblemDetails;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTests {

    final CountDownLatch hashing = new CountDownLatch(1);

    final CountDownLatch release = new CountDownLatch(1);

    /** A hash that takes as long as the test says. */
    final PasswordEncoder slow = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            hashing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return "hash:" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return encode(rawPassword).equals(encodedPassword);
        }
    };

    @Test
    void refusesAHashBeyondCapacityAfterAShortWaitInsteadOfQueueingWithoutEnd() throws Exception {
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(slow, 1, Duration.ofMillis(100));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> encoder.encode("first"));
        assertThat(hashing.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> encoder.matches("second", "hash:second")).isInstanceOf(PasswordHashingBusy.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("hash:first");
        assertThat(encoder.matches("third", "hash:third")).as("the permit came back").isTrue();
    }

    @Test
    void aHashThatWaitsWithinTheLimitRuns() throws Exception {
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(slow, 1, Duration.ofSeconds(5));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> encoder.encode("first"));
        assertThat(hashing.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> encoder.encode("queued"));

        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("hash:first");
        assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("hash:queued");
    }

    @Test
    void answersBusyWith503AndRetryAfter() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);

        ResponseEntity<ProblemDetail> answer = new PasswordHashingProblems(new ProblemDetails(messages)).busy(new PasswordHashingBusy());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "password-hashing-busy");
    }
}
