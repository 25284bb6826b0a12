package dev.rallypoint.user.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs at most {@code permits} password hashes at once (Argon2 is CPU- and memory-bound: more at once
 * only makes each slower). A hash waits up to {@code maxWait} for its turn; beyond that the request
 * is refused at once with {@link PasswordHashingBusy} (503 with Retry-After) instead of making every
 * other request on the machine time out.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    private final Semaphore permits;

    private final Duration maxWait;

    BoundedPasswordEncoder(PasswordEncoder delegate, int permits, Duration maxWait) {
        this.delegate = delegate;
        this.permits = new Semaphore(permits, true);
        this.maxWait = maxWait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        }
        finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        }
        finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new PasswordHashingBusy();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PasswordHashingBusy();
        }
    }
}
