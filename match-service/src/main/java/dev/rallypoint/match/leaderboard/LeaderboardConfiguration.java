package dev.rallypoint.match.leaderboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeaderboardProperties.class)
class LeaderboardConfiguration {
}
