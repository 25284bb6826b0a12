package dev.rallypoint.load.queue;

import dev.rallypoint.load.Platform;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Waiting-room gates for the queue simulations, created and read through the gateway as the administrator. */
final class Gates {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern WAITING = Pattern.compile("\"waiting\"\\s*:\\s*(\\d+)");

    private Gates() {
    }

    /** Opens {@code count} new gates and pauses them: they take joins and polls but admit nobody during a run. */
    static List<String> openPaused(String adminToken, int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> gates = Platform.parallel(count, i -> {
            String gate = "load-" + run + "-" + i;
            Platform.post(Platform.GATEWAY + "/api/v1/admin/queue/gates", adminToken,
                    "{\"gate\":\"" + gate + "\",\"ratePerSecond\":1,\"maxActive\":1}");
            Platform.post(Platform.GATEWAY + "/api/v1/admin/queue/gates/" + gate + "/pause", adminToken, "");
            return gate;
        });
        System.out.println("opened " + gates.size() + " gates");
        return gates;
    }

    /** Joins as the member, outside the measurement; answers the queue token. */
    static String join(String gate, String memberToken) {
        return Platform.extract(TOKEN, Platform.post(Platform.GATEWAY + "/api/v1/queue/" + gate + "/tokens", memberToken, ""));
    }

    static long waiting(String gate, String adminToken) {
        return Long.parseLong(Platform.extract(WAITING, Platform.get(Platform.GATEWAY + "/api/v1/admin/queue/gates/" + gate, adminToken)));
    }

    static void close(List<String> gates, String adminToken) {
        Platform.parallel(gates.size(),
                i -> Platform.post(Platform.GATEWAY + "/api/v1/admin/queue/gates/" + gates.get(i) + "/close", adminToken, ""));
    }
}
