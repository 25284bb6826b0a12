package dev.rallypoint.test;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.redisson.client.NettyHook;
import org.redisson.client.protocol.CommandData;
import org.redisson.client.protocol.CommandsData;
import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the service under test sends to PostgreSQL and Redis, recorded while a test asks for it: every
 * JDBC statement execution, commit and rollback (through {@link CountingDriver}) and every write of a
 * Redis command or pipeline onto a Redisson connection (one write is one round trip), each with the
 * thread that made it. Counting happens in this JVM, so it is exact and does not depend on what else
 * uses the shared PostgreSQL and Redis.
 */
public final class Traffic {

    /** One round trip: {@code kind} is {@code sql}, {@code commit}, {@code rollback} or {@code redis}. */
    public record Call(String kind, String thread, String text) {

        @Override
        public String toString() {
            return kind + " [" + thread + "] " + text;
        }
    }

    private static final List<Call> CALLS = new ArrayList<>();

    private static volatile boolean recording;

    private Traffic() {
    }

    public static synchronized void start() {
        CALLS.clear();
        recording = true;
    }

    /** Stops recording; the calls made since {@link #start()} by threads the filter accepts. */
    public static synchronized List<Call> stop(Predicate<Call> filter) {
        recording = false;
        return CALLS.stream().filter(filter).toList();
    }

    static void record(String kind, String text) {
        if (recording) {
            Call call = new Call(kind, Thread.currentThread().getName(), text);
            synchronized (Traffic.class) {
                if (recording) {
                    CALLS.add(call);
                }
            }
        }
    }

    /** Counts Redisson's writes; imported by a service's shared test context (needs Redisson there). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class RedisCounting {

        @Bean
        RedissonAutoConfigurationCustomizer countRedisRoundTrips() {
            return config -> config.setNettyHook(new NettyHook() {
                @Override
                public void afterBoostrapInitialization(io.netty.bootstrap.Bootstrap bootstrap) {
                }

                @Override
                public void afterChannelInitialization(io.netty.channel.Channel channel) {
                    channel.pipeline().addLast("rallypoint-traffic", new ChannelOutboundHandlerAdapter() {
                        @Override
                        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
                            if (msg instanceof CommandData<?, ?> command) {
                                record("redis", describe(command));
                            }
                            else if (msg instanceof CommandsData commands) {
                                record("redis", "pipeline " + commands.getCommands().stream()
                                        .map(Traffic::describe).toList());
                            }
                            super.write(ctx, msg, promise);
                        }
                    });
                }
            });
        }
    }

    private static String describe(CommandData<?, ?> command) {
        Object[] params = command.getParams();
        String first = params.length == 0 ? "" : " " + abbreviate(String.valueOf(params[0]));
        return command.getCommand().getName() + first;
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
