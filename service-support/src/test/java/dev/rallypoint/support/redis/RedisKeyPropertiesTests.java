package dev.rallypoint.support.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The one Redis key namespace every service binds. */
class RedisKeyPropertiesTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RedisKeysAutoConfiguration.class));

    @Test
    void keysLiveUnderThePlatformPrefixUnlessToldOtherwise() {
        context.run(it -> assertThat(it.getBean(RedisKeyProperties.class).key("court:1:slot:2"))
                .isEqualTo("rp:court:1:slot:2"));
    }

    @Test
    void aConfiguredPrefixReplacesTheDefault() {
        context.withPropertyValues("rallypoint.redis.key-prefix=rptest:42-")
                .run(it -> assertThat(it.getBean(RedisKeyProperties.class).keyPrefix()).isEqualTo("rptest:42-"));
    }

    @Test
    void anEmptyPrefixIsAllowed() {
        context.withPropertyValues("rallypoint.redis.key-prefix=")
                .run(it -> assertThat(it.getBean(RedisKeyProperties.class).key("rate:ip:1")).isEqualTo("rate:ip:1"));
    }
}
