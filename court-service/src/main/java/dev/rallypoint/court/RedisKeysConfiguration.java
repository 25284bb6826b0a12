package dev.rallypoint.court;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisKeysConfiguration {

    @Bean
    CourtKeys courtKeys(@Value("${rallypoint.redis.key-prefix:rp:}") String prefix) {
        return new CourtKeys(prefix);
    }
}
