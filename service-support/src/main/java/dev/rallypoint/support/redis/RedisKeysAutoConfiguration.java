package dev.rallypoint.support.redis;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds {@link RedisKeyProperties} once for every service, servlet or reactive, that names Redis keys. */
@AutoConfiguration
@EnableConfigurationProperties(RedisKeyProperties.class)
public class RedisKeysAutoConfiguration {
}
