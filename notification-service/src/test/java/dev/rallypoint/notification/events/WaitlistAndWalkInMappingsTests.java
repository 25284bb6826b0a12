package dev.rallypoint.notification.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.waitlist.WaitlistOfferEnded;
import dev.rallypoint.common.event.waitlist.WaitlistOfferMade;
import dev.rallypoint.common.event.walkin.WalkInAnswered;
import dev.rallypoint.common.event.walkin.WalkInCalled;
import dev.rallypoint.common.event.walkin.WalkInEnded;
import dev.rallypoint.notification.inbox.Draft;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who hears of waitlist offers and walk-in calls, without Spring. */
class WaitlistAndWalkInMappingsTests {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    final UUID member = UUID.randomUUID();

    @Test
    void anOfferGoesToItsWaiterAndOnlyALapsedOneIsReported() {
        List<Draft> offer = drafts(new WaitlistOfferMadeMapping().map(new WaitlistOfferMade(UUID.randomUUID(), NOW,
                UUID.randomUUID(), member, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NOW, NOW, NOW)));
        assertThat(offer).singleElement().satisfies(draft -> {
            assertThat(draft.recipient()).isEqualTo(member);
            assertThat(draft.template()).isEqualTo("waitlist.offer-made");
        });
        assertThat(drafts(new WaitlistOfferEndedMapping().map(ended("DECLINED")))).isEmpty();
        assertThat(drafts(new WaitlistOfferEndedMapping().map(ended("LAPSED")))).extracting(Draft::template)
                .containsExactly("waitlist.offer-lapsed");
    }

    @Test
    void callsGoToTheMemberAnswersToEveryDeskManagerPhonePartiesToNobody() {
        UUID desk1 = UUID.randomUUID();
        UUID desk2 = UUID.randomUUID();
        assertThat(drafts(new WalkInCalledMapping().map(called(member, "FINAL")))).extracting(Draft::template)
                .containsExactly("walk-in.final-call");
        assertThat(drafts(new WalkInCalledMapping().map(called(null, "FIRST")))).isEmpty();
        assertThat(drafts(new WalkInAnsweredMapping().map(new WalkInAnswered(UUID.randomUUID(), NOW, UUID.randomUUID(),
                UUID.randomUUID(), 7, 10, NOW, Set.of(desk1, desk2))))).extracting(Draft::recipient)
                .containsExactlyInAnyOrder(desk1, desk2);
        assertThat(drafts(new WalkInEndedMapping().map(new WalkInEnded(UUID.randomUUID(), NOW, UUID.randomUUID(),
                UUID.randomUUID(), member, 7, "NO_ANSWER2")))).extracting(Draft::template).containsExactly("walk-in.no-show");
    }

    private WaitlistOfferEnded ended(String outcome) {
        return new WaitlistOfferEnded(UUID.randomUUID(), NOW, UUID.randomUUID(), member, UUID.randomUUID(),
                UUID.randomUUID(), outcome);
    }

    private static WalkInCalled called(UUID memberId, String call) {
        return new WalkInCalled(UUID.randomUUID(), NOW, UUID.randomUUID(), UUID.randomUUID(), memberId, 7, call, NOW);
    }

    private static List<Draft> drafts(Notifications notifications) {
        return ((Notifications.ToMembers) notifications).drafts();
    }
}
