package dev.rallypoint.user.auth;

import dev.rallypoint.user.account.Accounts;
import dev.rallypoint.user.account.Identity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Login, refresh and logout. */
@RestController
class AuthController {

    private final Accounts accounts;

    private final Sessions sessions;

    private final LoginThrottle throttle;

    AuthController(Accounts accounts, Sessions sessions, LoginThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /** Unknown e-mail and wrong password answer alike; too many attempts for one e-mail answer 429. */
    @PostMapping("/api/v1/auth/login")
    TokenResponse login(@Valid @RequestBody Login login) {
        throttle.attempt(login.email()).ifPresent(wait -> {
            throw new LoginThrottled(wait);
        });
        Identity identity = accounts.authenticate(login.email(), login.password()).orElseThrow(InvalidCredentials::new);
        throttle.succeeded(login.email());
        return sessions.open(identity);
    }

    /** Exchanges a refresh token for a new pair; the presented token is spent. */
    @PostMapping("/api/v1/auth/refresh")
    TokenResponse refresh(@Valid @RequestBody Refresh refresh) {
        return sessions.refresh(refresh.refreshToken()).orElseThrow(InvalidRefreshToken::new);
    }

    /** Ends the session the refresh token belongs to; answers the same for any token. */
    @PostMapping("/api/v1/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody Refresh refresh) {
        sessions.logout(refresh.refreshToken());
    }

    record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
    }

    record Refresh(@NotBlank @Size(max = 100) String refreshToken) {
    }
}
