package dev.rallypoint.user.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up as a member with e-mail and password. */
@RestController
class SignUpController {

    private final Accounts accounts;

    SignUpController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/auth/signup")
    ResponseEntity<Profile> signUp(@Valid @RequestBody SignUp request) {
        UserAccount account = accounts.signUp(dev.rallypoint.user.account.Email.of(request.email()), request.password(),
                request.nickname().strip());
        return ResponseEntity.created(URI.create("/api/v1/users/" + account.id())).body(Profile.from(account));
    }

    /**
     * @param password 10 to 128 characters (any characters; long passphrases welcome)
     */
    record SignUp(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 10, max = 128) String password,
            @NotBlank @Size(min = 2, max = 30) @Pattern(regexp = Nicknames.PATTERN) String nickname) {
    }
}
