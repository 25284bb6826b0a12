package dev.rallypoint.match.request;

import dev.rallypoint.match.matching.GameType;
import dev.rallypoint.match.matching.Window;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A request for a match as a player writes it: windows in local time of the clubs' {@code zone} (an IANA
 * zone id such as {@code Asia/Seoul}); {@code level} may be left out to play at the profile's level.
 */
record MatchRequestBody(
        @NotNull GameType gameType,
        BigDecimal level,
        @NotNull BigDecimal minLevel,
        @NotNull BigDecimal maxLevel,
        @NotBlank @Size(max = 64) String zone,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid LocalWindow> windows,
        @NotEmpty @Size(max = 10) List<@NotNull UUID> clubIds,
        UUID partnerId,
        BigDecimal partnerLevel) {

    /** A window from {@code start} to {@code end}, local times of the request's zone. */
    record LocalWindow(@NotNull LocalDateTime start, @NotNull LocalDateTime end) {
    }

    MatchTerms terms() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        }
        catch (DateTimeException ex) {
            throw new InvalidMatchRequest("zone " + zone + " is not a time zone");
        }
        List<Window> real = windows.stream().map(window -> {
            if (!window.end().isAfter(window.start())) {
                throw new InvalidMatchRequest("a window ends before it starts");
            }
            return Window.local(window.start(), window.end(), zoneId);
        }).toList();
        return new MatchTerms(gameType, level, minLevel, maxLevel, zoneId, real, clubIds, partnerId, partnerLevel);
    }
}
