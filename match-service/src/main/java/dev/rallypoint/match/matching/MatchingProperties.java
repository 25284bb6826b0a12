package dev.rallypoint.match.matching;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How matches are formed.
 *
 * @param slot how long a match lasts; windows must share at least this much
 * @param alignment match starts fall on multiples of this (court slots start on the half hour)
 * @param horizon how far ahead a window may lie
 * @param maxWindows how many windows one request may give
 * @param every how long the matcher waits between rounds
 * @param batch how many of the oldest open requests one round plans with
 * @param courtAttempts how many court times (a club at a start) court-service is asked for, one after another,
 *        before a planned match is given up for the round
 * @param confirmWithin how long the players of a formed match have to confirm (never past the court hold)
 * @param confirmationSweep how often overdue confirmations are looked for
 */
@ConfigurationProperties("rallypoint.match")
public record MatchingProperties(
        @DefaultValue("1h") Duration slot,
        @DefaultValue("30m") Duration alignment,
        @DefaultValue("30d") Duration horizon,
        @DefaultValue("5") int maxWindows,
        @DefaultValue("10s") Duration every,
        @DefaultValue("500") int batch,
        @DefaultValue("6") int courtAttempts,
        @DefaultValue("4m") Duration confirmWithin,
        @DefaultValue("5s") Duration confirmationSweep) {

    public Matchmaker matchmaker() {
        return new Matchmaker(slot, alignment, courtAttempts);
    }
}
