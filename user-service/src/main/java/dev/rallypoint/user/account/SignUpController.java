package dev.rallypoint.user.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up as a member with e-mail and password, confirmed by a link sent to the address. The answer
 * is the same whether the address was free or registered (nothing to enumerate), and a retry of the
 * same sign-up answers the same again.
 */
@RestController
class SignUpController {

    private final Accounts accounts;

    SignUpController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/auth/signup")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpAccepted signUp(@Valid @RequestBody SignUp request) {
        dev.rallypoint.user.account.Email email = dev.rallypoint.user.account.Email.of(request.email());
        accounts.signUp(email, request.password(), request.nickname().strip());
        return new SignUpAccepted(email.value(), SignUpAccepted.CHECK_EMAIL);
    }

    /** Follows the link of a verification e-mail; the account may book and pay from its next token on. */
    @PostMapping("/api/v1/auth/email-verification")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verify(@Valid @RequestBody EmailToken request) {
        accounts.verifyEmail(request.token());
    }

    /**
     * @param password 10 to 128 characters (any characters; long passphrases welcome)
     */
    record SignUp(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 10, max = 128) String password,
            @NotBlank @Size(min = 2, max = 30) @Pattern(regexp = Nicknames.PATTERN) String nickname) {
    }

    /** @param next what the caller does now: follow the link e-mailed to {@code email} */
    record SignUpAccepted(String email, String next) {

        static final String CHECK_EMAIL = "CHECK_EMAIL";
    }

    record EmailToken(@NotBlank @Size(max = 100) String token) {
    }
}
