package dev.rallypoint.notification.stream;

import dev.rallypoint.support.redis.RedisKeyProperties;
import dev.rallypoint.support.scheduling.PeriodicTask;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamProperties.class)
class StreamConfiguration {

    @Bean
    StreamRelay.StreamChannel streamChannel(RedisKeyProperties keys, StreamProperties properties) {
        return new StreamRelay.StreamChannel(keys.key(properties.channel()));
    }

    @Bean
    RedisMessageListenerContainer streamMessages(RedisConnectionFactory redis, StreamRelay relay,
            StreamRelay.StreamChannel channel) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(relay, new ChannelTopic(channel.name()));
        return container;
    }

    /** Every stream gets a comment line when it has been quiet; streams whose connection died are dropped. */
    @Bean
    PeriodicTask streamHeartbeats(LocalStreams streams, StreamProperties properties) {
        return new PeriodicTask("notification-stream-heartbeats", properties.heartbeat(), () -> {
            try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
                for (MemberStream stream : streams.all()) {
                    senders.submit(() -> {
                        stream.heartbeat();
                        if (!stream.isOpen()) {
                            streams.remove(stream);
                        }
                    });
                }
            }
        });
    }
}
