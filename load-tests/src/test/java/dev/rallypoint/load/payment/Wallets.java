package dev.rallypoint.load.payment;

import dev.rallypoint.load.Platform;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Points for the members of the saga benchmark, charged through the gateway before the measurement. */
final class Wallets {

    private Wallets() {
    }

    /** {@code count} members, four charged at a time (more make the gateway give up on user-service), each with {@code points} charged to their wallet; answers their tokens. */
    static List<String> fundedMembers(int count, long points) {
        List<String> tokens = Platform.memberTokens(count);
        Platform.parallel(tokens.size(), 4, i -> Platform.post(Platform.GATEWAY + "/api/v1/wallet/charges", tokens.get(i),
                "{\"points\":" + points + "}", Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        System.out.println("charged " + points + " points to " + tokens.size() + " wallets");
        return tokens;
    }
}
