package dev.rallypoint.court.waitlist;

import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.common.event.court.ReservationChanged;
import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.common.event.court.ReservationExpired;
import dev.rallypoint.court.club.BlockLifted;
import dev.rallypoint.court.club.TimeRange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where time frees: a reservation cancelled, expired or moved away, a block lifted. Handled inside
 * the transaction that frees it, so the fact and its consequence commit together: an offered
 * reservation's fate settles its waitlist entry, and the freed time is queued for {@link Offers}.
 */
@Component
class FreedSlots {

    private final Waitlist waitlist;

    private final Offers offers;

    FreedSlots(Waitlist waitlist, Offers offers) {
        this.waitlist = waitlist;
        this.offers = offers;
    }

    @EventListener
    void on(ReservationCancelled cancelled) {
        waitlist.offerCancelled(cancelled.aggregateId());
        offers.freed(cancelled.clubId(), cancelled.courtId(), new TimeRange(cancelled.startsAt(), cancelled.endsAt()));
    }

    @EventListener
    void on(ReservationExpired expired) {
        waitlist.offerLapsed(expired.aggregateId());
        offers.freed(expired.clubId(), expired.courtId(), new TimeRange(expired.startsAt(), expired.endsAt()));
    }

    @EventListener
    void on(ReservationChanged changed) {
        offers.freed(changed.clubId(), changed.previousCourtId(),
                new TimeRange(changed.previousStartsAt(), changed.previousEndsAt()));
    }

    @EventListener
    void on(ReservationConfirmed confirmed) {
        waitlist.offerPaid(confirmed.aggregateId());
    }

    @EventListener
    void on(BlockLifted lifted) {
        offers.freed(lifted.clubId(), lifted.courtId(), lifted.range());
    }
}
