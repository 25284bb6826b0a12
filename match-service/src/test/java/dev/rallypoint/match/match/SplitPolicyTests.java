package dev.rallypoint.match.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The court's price shared between the players, without Spring. */
class SplitPolicyTests {

    final UUID ann = UUID.randomUUID();

    final UUID bob = UUID.randomUUID();

    final UUID cid = UUID.randomUUID();

    final UUID dan = UUID.randomUUID();

    @Test
    void sharesEvenlyAndThePlayerTheCourtIsHeldForPaysTheRemainder() {
        assertThat(SplitPolicy.shares(10_000, List.of(ann, bob, cid, dan), cid))
                .containsExactly(java.util.Map.entry(ann, 2_500L), java.util.Map.entry(bob, 2_500L),
                        java.util.Map.entry(cid, 2_500L), java.util.Map.entry(dan, 2_500L));
        assertThat(SplitPolicy.shares(10_003, List.of(ann, bob, cid, dan), cid))
                .containsEntry(cid, 2_503L).containsEntry(ann, 2_500L).containsEntry(bob, 2_500L).containsEntry(dan, 2_500L);
        assertThat(SplitPolicy.shares(1, List.of(ann, bob), bob)).containsEntry(ann, 0L).containsEntry(bob, 1L);
    }

    @Test
    void theSharesAlwaysAddUpToThePrice() {
        for (long price = 0; price < 50; price++) {
            assertThat(SplitPolicy.shares(price, List.of(ann, bob, cid), dan).values().stream().mapToLong(Long::longValue)
                    .sum()).isEqualTo(price);
        }
    }
}
