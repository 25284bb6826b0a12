package dev.rallypoint.notification.preference;

import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A member's own notification preferences. */
@RestController
@RequestMapping("/api/v1/notifications/preferences")
@Tag(name = "Notification preferences")
class PreferenceController {

    private final MemberPreferences preferences;

    PreferenceController(MemberPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "The caller's preferences, defaults filled in")
    PreferenceView mine(Caller caller) {
        return PreferenceView.from(preferences.of(caller.userId()));
    }

    @PutMapping
    @Operation(summary = "Replaces the caller's preferences; categories left out keep their defaults")
    PreferenceView choose(Caller caller, @Valid @RequestBody PreferenceRequest request) {
        return PreferenceView.from(preferences.choose(caller.userId(), request.locale(), request.zone(),
                request.quiet(), blankToNull(request.phone()), blankToNull(request.pushToken()), request.channels()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
