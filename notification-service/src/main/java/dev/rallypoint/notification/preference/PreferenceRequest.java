package dev.rallypoint.notification.preference;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A member's whole set of choices.
 *
 * @param language {@code ko} or {@code en}
 * @param timeZone an IANA zone, e.g. {@code Asia/Seoul}; quiet hours are kept in it
 * @param quietHours no SMS or push between {@code from} and {@code to} (local times); {@code null}: none
 * @param phone where SMS go, e.g. {@code +82 10-1234-5678}
 * @param pushToken the device token mobile push goes to
 * @param channels per category, the external channels wanted (the in-app inbox always gets everything)
 */
record PreferenceRequest(
        @NotNull @Pattern(regexp = "ko|en") String language,
        @NotNull @Size(max = 64) String timeZone,
        @Valid Window quietHours,
        @Size(max = 20) @Pattern(regexp = "^$|^\\+?[0-9][0-9 -]{6,18}$") String phone,
        @Size(max = 512) String pushToken,
        @NotNull Map<Category, @NotNull Set<@NotNull ChannelType>> channels) {

    /** A quiet window; both ends required and different. */
    record Window(@NotNull LocalTime from, @NotNull LocalTime to) {

        @JsonIgnore
        @AssertTrue(message = "must end at another time than it starts")
        boolean isNotEmpty() {
            return from == null || to == null || !from.equals(to);
        }
    }

    @JsonIgnore
    @AssertTrue(message = "must be a known time zone, e.g. Asia/Seoul")
    boolean isTimeZoneKnown() {
        if (timeZone == null) {
            return true;
        }
        try {
            ZoneId.of(timeZone);
            return true;
        }
        catch (DateTimeException ex) {
            return false;
        }
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    QuietHours quiet() {
        return quietHours == null ? null : new QuietHours(quietHours.from(), quietHours.to());
    }
}
