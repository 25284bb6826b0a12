package dev.rallypoint.match.leaderboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who is ranked.
 *
 * @param minMatches how many recorded matches a player needs before they are ranked: below it a rating is
 *     still mostly the self-declared NTRP level it was seeded from
 */
@ConfigurationProperties("rallypoint.match.leaderboard")
record LeaderboardProperties(@DefaultValue("3") int minMatches) {

    LeaderboardProperties {
        if (minMatches < 1) {
            throw new IllegalArgumentException("A ranked player has played at least one recorded match");
        }
    }
}
