package dev.rallypoint.user.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a user may change on their profile; an absent field stays as it is, a blank phone or home
 * region clears it. Nothing else (roles, status, e-mail, points) can be changed this way.
 */
record ProfileChange(
        @Size(min = 2, max = 30) @Pattern(regexp = Nicknames.PATTERN) String nickname,
        @Size(max = 20) @Pattern(regexp = "^$|^\\+?[0-9][0-9 -]{6,18}$") String phone,
        @DecimalMin("1.0") @DecimalMax("7.0") @Digits(integer = 1, fraction = 1) BigDecimal ntrpLevel,
        @Size(max = 60) String homeRegion,
        @Valid NotificationPreferences notifications) {

    /** NTRP levels go in steps of a half. */
    @AssertTrue(message = "must be a multiple of 0.5")
    boolean isNtrpLevelInHalfSteps() {
        return ntrpLevel == null || ntrpLevel.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
    }
}
