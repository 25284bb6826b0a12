package dev.rallypoint.notification.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.market.ListingPriceDropped;
import dev.rallypoint.common.event.market.TradeCompleted;
import dev.rallypoint.common.event.market.TradeDisputed;
import dev.rallypoint.notification.inbox.Draft;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Market events reach the right members with texts that render, without Spring. */
class MarketMappingTests {

    final UUID buyer = UUID.randomUUID();

    final UUID seller = UUID.randomUUID();

    @Test
    void aCompletedTradeTellsBothParties() {
        List<Draft> drafts = drafts(new TradeCompletedMapping().map(new TradeCompleted(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), UUID.randomUUID(), buyer, seller, 30_000, "Pure Aero", "CONFIRMED")));

        assertThat(drafts).extracting(Draft::recipient).containsExactly(buyer, seller);
        assertThat(drafts).extracting(Draft::template).containsExactly("market.trade-completed.buyer",
                "market.trade-completed.seller");
        assertThat(drafts.get(1).arguments()).containsExactly("Pure Aero", 30_000L);
    }

    @Test
    void aDisputeTellsTheOtherParty() {
        List<Draft> drafts = drafts(new TradeDisputedMapping().map(new TradeDisputed(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), UUID.randomUUID(), buyer, seller, "Pure Aero", buyer)));

        assertThat(drafts).extracting(Draft::recipient).containsExactly(seller);
    }

    @Test
    void aPriceDropTellsEachWatcher() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Draft> drafts = drafts(new ListingPriceDroppedMapping().map(new ListingPriceDropped(UUID.randomUUID(),
                Instant.now(), UUID.randomUUID(), "윌슨 라켓", 120_000, 90_000, List.of(first, second))));

        assertThat(drafts).extracting(Draft::recipient).containsExactly(first, second);
        assertThat(drafts.getFirst().arguments()).containsExactly("윌슨 라켓", 120_000L, 90_000L);
    }

    private static List<Draft> drafts(Notifications notifications) {
        return ((Notifications.ToMembers) notifications).drafts();
    }
}
