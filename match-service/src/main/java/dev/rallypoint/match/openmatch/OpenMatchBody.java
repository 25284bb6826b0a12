package dev.rallypoint.match.openmatch;

import dev.rallypoint.match.matching.GameType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/** An offer: the court reservation (the publisher's, or one of their club's) and what kind of match it is. */
record OpenMatchBody(@NotNull UUID reservationId, @NotNull GameType gameType,
        @NotNull @DecimalMin("1.0") @DecimalMax("7.0") BigDecimal minLevel,
        @NotNull @DecimalMin("1.0") @DecimalMax("7.0") BigDecimal maxLevel,
        @NotNull @Min(1) @Max(4) Integer places) {
}
