package dev.rallypoint.user.social;

import dev.rallypoint.support.problem.ProblemDetails;
import dev.rallypoint.user.auth.TokenResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Social login for browsers: {@code authorization} sends the browser to the provider, the provider
 * sends it to {@code callback}, which sends it to the frontend with a one-time code; the frontend
 * POSTs that code to {@code token} for our tokens.
 */
@RestController
class SocialLoginController {

    private final SocialLogins logins;

    private final ProblemDetails problems;

    private final SocialProperties properties;

    SocialLoginController(SocialLogins logins, ProblemDetails problems, SocialProperties properties) {
        this.logins = logins;
        this.problems = problems;
        this.properties = properties;
    }

    /** The cookie binding a login to the browser that started it. */
    static final String BROWSER_COOKIE = "rp_social_login";

    @GetMapping("/api/v1/auth/social/{provider}/authorization")
    ResponseEntity<Void> authorize(@PathVariable String provider, @RequestParam URI redirectUri) {
        String nonce = SocialLogins.browserNonce();
        URI atProvider = logins.start(provider, redirectUri, nonce);
        ResponseCookie cookie = ResponseCookie.from(BROWSER_COOKIE, nonce)
                .httpOnly(true)
                .secure(properties.secureCookie())
                .sameSite("Lax")
                .path("/api/v1/auth/social")
                .maxAge(properties.requestLifetime())
                .build();
        return ResponseEntity.status(HttpStatus.FOUND).location(atProvider)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }

    @GetMapping("/api/v1/auth/social/{provider}/callback")
    ResponseEntity<Void> callback(@PathVariable String provider, @RequestParam(required = false) String code,
            @RequestParam(required = false) String state, @RequestParam(required = false) String error,
            @CookieValue(name = BROWSER_COOKIE, required = false) String browserNonce) {
        URI back = logins.complete(provider, code, state, error, browserNonce);
        ResponseCookie spent = ResponseCookie.from(BROWSER_COOKIE, "").path("/api/v1/auth/social").maxAge(0).build();
        return ResponseEntity.status(HttpStatus.FOUND).location(back).header(HttpHeaders.SET_COOKIE, spent.toString()).build();
    }

    @PostMapping("/api/v1/auth/social/token")
    TokenResponse token(@Valid @RequestBody CodeExchange exchange) {
        return logins.exchange(exchange.code());
    }

    record CodeExchange(@NotBlank @Size(max = 100) String code) {
    }

    @ExceptionHandler
    ProblemDetail unknownProvider(UnknownProvider ex) {
        return problems.of(HttpStatus.NOT_FOUND, "unknown-provider");
    }

    @ExceptionHandler
    ProblemDetail redirectUriNotAllowed(RedirectUriNotAllowed ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "redirect-uri-not-allowed");
    }

    @ExceptionHandler
    ProblemDetail invalidState(InvalidLoginState ex) {
        return problems.of(HttpStatus.BAD_REQUEST, "invalid-login-state");
    }

    @ExceptionHandler
    ProblemDetail invalidCode(InvalidLoginCode ex) {
        return problems.of(HttpStatus.UNAUTHORIZED, "invalid-login-code");
    }
}
