package dev.rallypoint.court;

import dev.rallypoint.support.redis.RedisKeyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisKeysConfiguration {

    @Bean
    CourtKeys courtKeys(RedisKeyProperties redis) {
        return new CourtKeys(redis.keyPrefix());
    }
}
