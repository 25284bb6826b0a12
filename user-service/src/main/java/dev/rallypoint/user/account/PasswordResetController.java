package dev.rallypoint.user.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Forgotten passwords: a one-time link by e-mail, then a new password (which ends every session). */
@RestController
class PasswordResetController {

    private final Accounts accounts;

    PasswordResetController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Answers the same for any address, registered or not. */
    @PostMapping("/api/v1/auth/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void request(@Valid @RequestBody ResetRequest request) {
        accounts.requestPasswordReset(request.email());
    }

    @PostMapping("/api/v1/auth/password-reset/confirmation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@Valid @RequestBody NewPassword request) {
        accounts.resetPassword(request.token(), request.newPassword());
    }

    record ResetRequest(@NotBlank @Size(max = 254) String email) {
    }

    record NewPassword(@NotBlank @Size(max = 100) String token, @NotBlank @Size(min = 10, max = 128) String newPassword) {
    }
}
