package dev.rallypoint.queue.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Joins during the pre-queue window are placed in random order at the opening, so arriving first
 * gives no advantage; after the opening the order is first come, first served.
 */
@SpringBootTest(properties = { "rallypoint.queue.worker.enabled=false", "rallypoint.queue.admission-lifetime=8s",
        "rallypoint.queue.waiter-timeout=10m" })
@Import(WaitingRoomTestConfiguration.class)
class FairOpeningTests {

    static final int EARLY = 1_000;

    @Autowired
    WaitingRoom waitingRoom;

    @Autowired
    Gates gates;

    @Autowired
    AdmissionWorker worker;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    GateKeys keys;

    @Autowired
    TestClock clock;

    @Test
    void placesPreQueueJoinsInRandomOrderAtTheOpeningAndLaterJoinsInArrivalOrder() {
        Instant opening = clock.instant().plus(Duration.ofMinutes(5));
        GateId gate = new GateId("fair-" + UUID.randomUUID());
        gates.create(gate, 10, 100, opening);
        assertThat(gates.status(gate).state()).isEqualTo(GateState.SCHEDULED);

        List<UUID> early = IntStream.range(0, EARLY).mapToObj(i -> UUID.randomUUID()).toList();
        early.forEach(user -> {
            clock.advance(Duration.ofMillis(1));
            Ticket ticket = waitingRoom.join(gate, user).ticket();
            assertThat(ticket.status()).isEqualTo(TicketStatus.PRE_QUEUE);
            assertThat(ticket.position()).isNull();
            assertThat(ticket.opensAt()).isEqualTo(opening);
        });

        clock.set(opening);
        worker.admit(gate);
        assertThat(gates.status(gate).state()).isEqualTo(GateState.OPEN);
        List<UUID> late = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
        late.forEach(user -> waitingRoom.join(gate, user));

        List<UUID> queue = redis.opsForZSet().range(keys.of(gate).get(1), 0, -1).stream().map(UUID::fromString).toList();
        assertThat(queue).hasSize(EARLY + 20);
        assertThat(queue.subList(0, EARLY)).containsExactlyInAnyOrderElementsOf(early).isNotEqualTo(early);
        assertThat(queue.subList(EARLY, EARLY + 20)).containsExactlyElementsOf(late);
        // arrival order and drawn place are uncorrelated: |rho| of a random permutation of 1,000 is < 0.13 with
        // probability 1 - 4e-5 (standard deviation 1/sqrt(999))
        assertThat(Math.abs(rankCorrelation(early, queue.subList(0, EARLY)))).isLessThan(0.13);
        assertThat(waitingRoom.join(gate, early.getFirst()).ticket().position()).isEqualTo(queue.indexOf(early.getFirst()) + 1);
    }

    @Test
    void twoOpeningsDrawDifferentOrders() {
        List<UUID> users = IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> first = drawnOrder(users);
        List<UUID> second = drawnOrder(users);

        assertThat(first).containsExactlyInAnyOrderElementsOf(second).isNotEqualTo(second);
    }

    @Test
    void anAdministratorMayOpenEarlyAndTheDrawHappensThen() {
        GateId gate = new GateId("fair-" + UUID.randomUUID());
        gates.create(gate, 10, 100, clock.instant().plus(Duration.ofMinutes(20)));
        List<UUID> users = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID()).toList();
        users.forEach(user -> waitingRoom.join(gate, user));

        assertThat(gates.open(gate).state()).isEqualTo(GateState.OPEN);

        assertThat(gates.status(gate).waiting()).isEqualTo(50);
        assertThat(gates.status(gate).preQueue()).isZero();
    }

    @Test
    void refusesJoinsBeforeThePreQueueWindow() {
        GateId gate = new GateId("fair-" + UUID.randomUUID());
        Instant opening = clock.instant().plus(Duration.ofHours(2));
        gates.create(gate, 10, 100, opening);

        assertThatThrownBy(() -> waitingRoom.join(gate, UUID.randomUUID()))
                .isInstanceOfSatisfying(GateNotOpenYet.class,
                        refused -> assertThat(refused.arguments()).containsExactly(gate, opening.minus(Duration.ofMinutes(30))));
    }

    private List<UUID> drawnOrder(List<UUID> users) {
        GateId gate = new GateId("fair-" + UUID.randomUUID());
        Instant opening = clock.instant().plus(Duration.ofMinutes(5));
        gates.create(gate, 10, 100, opening);
        users.forEach(user -> waitingRoom.join(gate, user));
        clock.set(opening);
        worker.admit(gate);
        return redis.opsForZSet().range(keys.of(gate).get(1), 0, -1).stream().map(UUID::fromString).toList();
    }

    /** Spearman's rho between arrival order and drawn order. */
    private static double rankCorrelation(List<UUID> arrival, List<UUID> drawn) {
        int n = arrival.size();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = i - drawn.indexOf(arrival.get(i));
            sum += d * d;
        }
        return 1 - 6 * sum / ((double) n * ((double) n * n - 1));
    }
}
