package dev.rallypoint.user.account;

import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's own account: profile, password, withdrawal. */
@RestController
class ProfileController {

    private final Accounts accounts;

    ProfileController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/users/me")
    Profile me(Caller caller) {
        return Profile.from(accounts.get(caller.userId()));
    }

    /** A profile by id: its owner and admins only. */
    @GetMapping("/api/v1/users/{id}")
    Profile profile(Caller caller, @PathVariable UUID id) {
        if (!caller.is(id) && !caller.isAdmin()) {
            throw new AccessDeniedException("Not your profile");
        }
        return Profile.from(accounts.get(id));
    }

    @PatchMapping("/api/v1/users/me")
    Profile update(Caller caller, @Valid @RequestBody ProfileChange change) {
        return Profile.from(accounts.updateProfile(caller.userId(), change));
    }

    /** Changes the password; every session of the account ends (log in again). */
    @PutMapping("/api/v1/users/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(Caller caller, @Valid @RequestBody PasswordChange change) {
        accounts.changePassword(caller.userId(), change.currentPassword(), change.newPassword());
    }

    /** Closes the account for good: personal data erased, sessions ended. */
    @PostMapping("/api/v1/users/me/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(Caller caller, @Valid @RequestBody Withdrawal withdrawal) {
        accounts.withdraw(caller.userId(), withdrawal.password());
    }

    record PasswordChange(@NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = 10, max = 128) String newPassword) {
    }

    /** @param password the current password; accounts without one (social login only) send none */
    record Withdrawal(@Size(max = 128) String password) {
    }
}
