package dev.rallypoint.queue.waitingroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The Lua scripts that change a gate; each runs atomically in Redis, so any number of
 * queue-service instances may call them concurrently. {@code gate.lua} is shared by all of them.
 */
@SuppressWarnings("rawtypes")
final class WaitingRoomScripts {

    final RedisScript<List> join = list("join");

    final RedisScript<List> poll = list("poll");

    final RedisScript<Long> leave = RedisScript.of(source("leave"), Long.class);

    final RedisScript<List> admit = list("admit");

    final RedisScript<Long> endAdmission = RedisScript.of(source("end-admission"), Long.class);

    final RedisScript<String> create = RedisScript.of(source("create"), String.class);

    final RedisScript<String> transition = RedisScript.of(source("transition"), String.class);

    final RedisScript<String> settings = RedisScript.of(source("settings"), String.class);

    final RedisScript<List> status = list("status");

    private static RedisScript<List> list(String name) {
        return RedisScript.of(source(name), List.class);
    }

    private static String source(String name) {
        return read("gate") + "\n" + read(name);
    }

    private static String read(String name) {
        try {
            return new ClassPathResource("waitingroom/" + name + ".lua").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
