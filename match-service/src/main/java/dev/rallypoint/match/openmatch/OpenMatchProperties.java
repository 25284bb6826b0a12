package dev.rallypoint.match.openmatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open matches.
 *
 * @param leaveBefore how long before the start a player may still give their place back
 */
@ConfigurationProperties("rallypoint.match.open")
record OpenMatchProperties(@DefaultValue("2h") Duration leaveBefore) {
}
