package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.TestTokens;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU per hold + cancel pair, measured from outside: wrk (one connection per thread, each a member
 * holding one slot and cancelling it, again and again) drives this test's court-service over HTTP; the
 * CPU time of this JVM (the service, with the embedded Kafka broker the outbox sends to) and of the
 * PostgreSQL backends of its database is read before and after and divided by the pairs completed. A
 * measurement, so it runs only when asked for:
 * {@code ./mvnw -pl court-service verify -Dtest=HoldCpuBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class HoldCpuBenchmark extends HttpTest {

    static final int CONNECTIONS = 4;

    static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);

    @Autowired
    JdbcClient jdbc;

    @Test
    void cpuPerHoldAndCancel() throws Exception {
        Fixtures.TestClub club = Fixtures.club(api(), "UTC");
        List<String> tokens = IntStream.range(0, CONNECTIONS).mapToObj(i -> TestTokens.member(UUID.randomUUID())).toList();
        List<String> bodies = IntStream.range(0, CONNECTIONS)
                .mapToObj(i -> Slots.body(club.courtId(), 6, 8 + i, 9 + i)).toList();
        Path script = Files.createTempFile("hold-cancel", ".lua");
        Files.writeString(script, """
                local tokens = {%s}
                local bodies = {%s}
                local counter = 0
                function setup(thread)
                  counter = counter + 1
                  thread:set("index", counter)
                end
                function init(args)
                  token = tokens[index]
                  body = bodies[index]
                end
                function request()
                  if pending then
                    return wrk.format("POST", "/api/v1/reservations/" .. pending .. "/cancellation",
                      {["Authorization"] = "Bearer " .. token})
                  end
                  return wrk.format("POST", "/api/v1/reservations",
                    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
                end
                function response(status, headers, answer)
                  if pending then
                    pending = nil
                  elseif status == 201 then
                    pending = string.match(answer, '"id":"([^"]+)"')
                  end
                end
                """.formatted(lua(tokens), lua(bodies)));

        String warm = wrk(script, 10);
        System.out.println("WARM-UP\n" + warm);
        Map<Integer, Long> databaseBefore = backendCpu();
        long serviceBefore = processCpuNanos();
        String run = wrk(script, SECONDS);
        long serviceNanos = processCpuNanos() - serviceBefore;
        Map<Integer, Long> databaseAfter = backendCpu();
        long databaseTicks = databaseAfter.entrySet().stream()
                .mapToLong(entry -> entry.getValue() - databaseBefore.getOrDefault(entry.getKey(), 0L)).sum();

        long requests = number(run, "(\\d+) requests in");
        long errors = number(run, "Non-2xx or 3xx responses: (\\d+)");
        double pairs = requests / 2.0;
        double serviceMs = serviceNanos / 1e6 / pairs;
        double databaseMs = databaseTicks * 10.0 / pairs;
        System.out.printf("HOLD CPU%n%s%npairs %.0f (%.1f/s), non-2xx %d; CPU ms per pair: court-service JVM %.2f,"
                + " PostgreSQL %.2f, total %.2f%n", run, pairs, pairs / SECONDS, errors, serviceMs, databaseMs,
                serviceMs + databaseMs);
        assertThat(pairs).isPositive();
    }

    private static String lua(List<String> values) {
        return values.stream().map(value -> "'" + value.replace("'", "\\'") + "'").collect(Collectors.joining(", "));
    }

    private String wrk(Path script, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t" + CONNECTIONS, "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--latency", "-s", script.toString(), "http://127.0.0.1:" + port).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        assertThat(wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** utime + stime, in clock ticks (1/100 s), of every backend serving this test's database. */
    private Map<Integer, Long> backendCpu() throws IOException {
        Map<Integer, Long> ticks = new HashMap<>();
        for (Integer pid : jdbc.sql("select pid from pg_stat_activity where datname = current_database()")
                .query(Integer.class).list()) {
            Path stat = Path.of("/proc", pid.toString(), "stat");
            if (Files.exists(stat)) {
                String[] fields = Files.readString(stat).replaceFirst("^.*\\) ", "").split(" ");
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            }
        }
        return ticks;
    }

    private static long number(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
