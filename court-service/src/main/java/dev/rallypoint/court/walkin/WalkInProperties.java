package dev.rallypoint.court.walkin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How walk-in waiting behaves.
 *
 * @param answerTime how long a called party has to answer a call
 * @param noShowLimit no-shows within {@code noShowWindow} after which a club refuses a member's walk-ins
 * @param noShowWindow how far back no-shows count
 * @param minutesPerParty the turnover assumed until a club's parties have entered today
 * @param sweepEvery pause between looks for unanswered calls
 */
@ConfigurationProperties("rallypoint.walk-ins")
record WalkInProperties(@DefaultValue("10m") Duration answerTime, @DefaultValue("3") int noShowLimit,
        @DefaultValue("30d") Duration noShowWindow, @DefaultValue("10") int minutesPerParty,
        @DefaultValue("1s") Duration sweepEvery) {
}
