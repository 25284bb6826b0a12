package dev.rallypoint.court.waitlist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the waitlist behaves.
 *
 * @param offerFor how long an offered slot is held for the waiter (shorter than a normal hold)
 * @param maxLiveEntries how many waiting or offered entries one member may have
 * @param maxWindow how long a window may be
 * @param expireEvery pause between sweeps that end entries whose window began
 * @param candidates how many waiting entries one freed slot is matched against at most
 * @param offerEvery how often each instance looks for freed time to offer
 */
@ConfigurationProperties("rallypoint.waitlist")
record WaitlistProperties(@DefaultValue("10m") Duration offerFor, @DefaultValue("5") int maxLiveEntries,
        @DefaultValue("24h") Duration maxWindow, @DefaultValue("30s") Duration expireEvery,
        @DefaultValue("500") int candidates, @DefaultValue("200ms") Duration offerEvery) {
}
