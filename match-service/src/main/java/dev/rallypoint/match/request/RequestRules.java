package dev.rallypoint.match.request;

import dev.rallypoint.match.matching.GameType;
import dev.rallypoint.match.matching.MatchingProperties;
import dev.rallypoint.match.matching.Window;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * What makes a match request acceptable before it is stored: levels in NTRP half steps with a non-empty
 * range, own level at most the profile's, a partner only in doubles, windows in the future within the
 * horizon, long enough for a match and not overlapping each other, distinct clubs.
 */
record RequestRules(MatchingProperties properties) {

    private static final BigDecimal LOWEST = new BigDecimal("1.0");

    private static final BigDecimal HIGHEST = new BigDecimal("7.0");

    void check(UUID player, MatchTerms terms, BigDecimal profileLevel, Instant now) {
        if (terms.level().compareTo(profileLevel) > 0) {
            throw new LevelAboveProfile(profileLevel);
        }
        requireNtrp(terms.level(), "level");
        requireNtrp(terms.minLevel(), "minLevel");
        requireNtrp(terms.maxLevel(), "maxLevel");
        if (terms.minLevel().compareTo(terms.maxLevel()) > 0) {
            throw new InvalidMatchRequest("minLevel is above maxLevel");
        }
        if (terms.partnerId() != null || terms.partnerLevel() != null) {
            if (terms.gameType() != GameType.DOUBLES) {
                throw new InvalidMatchRequest("a partner only plays doubles");
            }
            if (terms.partnerId() == null || terms.partnerLevel() == null) {
                throw new InvalidMatchRequest("a partner needs both partnerId and partnerLevel");
            }
            if (terms.partnerId().equals(player)) {
                throw new InvalidMatchRequest("you cannot be your own partner");
            }
            requireNtrp(terms.partnerLevel(), "partnerLevel");
        }
        checkWindows(terms.windows(), now);
        if (new HashSet<>(terms.clubIds()).size() != terms.clubIds().size()) {
            throw new InvalidMatchRequest("clubIds repeat a club");
        }
    }

    private void checkWindows(List<Window> windows, Instant now) {
        if (windows.size() > properties.maxWindows()) {
            throw new InvalidMatchRequest("at most " + properties.maxWindows() + " windows");
        }
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            if (!window.start().isAfter(now)) {
                throw new InvalidMatchRequest("a window starts in the past");
            }
            if (window.end().isAfter(now.plus(properties.horizon()))) {
                throw new InvalidMatchRequest("a window ends beyond " + properties.horizon().toDays() + " days");
            }
            if (window.length().compareTo(properties.slot()) < 0) {
                throw new InvalidMatchRequest("a window is shorter than a match (" + properties.slot().toMinutes() + " min)");
            }
            for (int j = i + 1; j < windows.size(); j++) {
                if (window.overlaps(windows.get(j))) {
                    throw new InvalidMatchRequest("windows overlap each other");
                }
            }
        }
    }

    private static void requireNtrp(BigDecimal level, String field) {
        if (level.compareTo(LOWEST) < 0 || level.compareTo(HIGHEST) > 0
                || level.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
            throw new InvalidMatchRequest(field + " is an NTRP level from 1.0 to 7.0 in halves");
        }
    }
}
