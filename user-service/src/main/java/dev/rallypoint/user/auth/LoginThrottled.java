package dev.rallypoint.user.auth;

import java.time.Duration;

/** Too many login attempts for this login name. */
class LoginThrottled extends RuntimeException {

    final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Login throttled");
        this.retryAfter = retryAfter;
    }
}
