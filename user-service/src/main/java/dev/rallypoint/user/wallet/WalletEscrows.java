package dev.rallypoint.user.wallet;

import dev.rallypoint.common.event.market.TradeCancelled;
import dev.rallypoint.common.event.market.TradeCompleted;
import dev.rallypoint.common.event.market.TradeRequested;
import dev.rallypoint.common.event.user.EscrowHeld;
import dev.rallypoint.common.event.user.EscrowHoldFailed;
import dev.rallypoint.common.id.Uuids;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallet's part in market-service's trade saga (choreography): holds a trade's price from the buyer
 * (a HOLD entry: the balance available drops, the points still the buyer's), pays it to the seller when
 * the trade completes (a RELEASE entry in the seller's wallet) or gives it back to the buyer when it is
 * cancelled (a RELEASE entry in the buyer's). Each step runs under the wallet's lock and the escrow's row
 * lock, publishes its answer through the outbox in the same transaction, and changes nothing when the
 * message comes again: points are only ever moved between wallets and escrow, never created or lost.
 */
@Component
class WalletEscrows {

    private static final Logger log = LoggerFactory.getLogger(WalletEscrows.class);

    private final Wallets wallets;

    private final EscrowRepository escrows;

    private final LedgerEntryRepository entries;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    WalletEscrows(Wallets wallets, EscrowRepository escrows, LedgerEntryRepository entries, ApplicationEventPublisher events,
            Clock clock) {
        this.wallets = wallets;
        this.escrows = escrows;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void hold(TradeRequested request) {
        Wallet buyer = wallets.lock(request.buyerId());
        Instant now = clock.instant();
        Optional<Escrow> known = escrows.findLocked(request.aggregateId());
        if (known.isPresent()) {
            answerAgain(known.get(), buyer);
            return;
        }
        try {
            LedgerEntry hold = entries.save(buyer.hold(Points.amount(request.amount()), request.aggregateId(),
                    "market-trade/" + request.aggregateId(), now));
            escrows.save(new Escrow(request.aggregateId(), request.buyerId(), request.sellerId(), request.amount(),
                    EscrowStatus.HELD, now));
            events.publishEvent(new EscrowHeld(Uuids.timeOrdered(clock), now, request.aggregateId(), request.buyerId(),
                    request.amount(), hold.balanceAfter().value()));
            log.info("Escrow of trade {}: {} points held from {}", request.aggregateId(), request.amount(), request.buyerId());
        }
        catch (InsufficientPoints ex) {
            escrows.save(new Escrow(request.aggregateId(), request.buyerId(), request.sellerId(), request.amount(),
                    EscrowStatus.DECLINED, now));
            events.publishEvent(new EscrowHoldFailed(Uuids.timeOrdered(clock), now, request.aggregateId(), request.buyerId(),
                    EscrowHoldFailed.INSUFFICIENT_POINTS));
            log.info("Escrow of trade {} declined: {} cannot cover {} points", request.aggregateId(), request.buyerId(),
                    request.amount());
        }
    }

    @Transactional
    void complete(TradeCompleted completion) {
        Escrow escrow = escrows.findLocked(completion.aggregateId()).orElseThrow(
                () -> new IllegalStateException("Trade " + completion.aggregateId() + " completed without an escrow"));
        if (escrow.status() == EscrowStatus.RELEASED_TO_SELLER) {
            return;
        }
        Wallet seller = wallets.lock(escrow.sellerId());
        LedgerEntry hold = entries.findByTypeAndOperationId(EntryType.HOLD, escrow.tradeId()).orElseThrow();
        entries.save(seller.receive(hold, clock.instant()));
        escrow.released(EscrowStatus.RELEASED_TO_SELLER, clock.instant());
        escrows.save(escrow);
        log.info("Escrow of trade {}: {} points paid to seller {}", escrow.tradeId(), escrow.amount(), escrow.sellerId());
    }

    @Transactional
    void cancel(TradeCancelled cancellation) {
        Wallet buyer = wallets.lock(cancellation.buyerId());
        Instant now = clock.instant();
        Optional<Escrow> known = escrows.findLocked(cancellation.aggregateId());
        if (known.isEmpty()) {
            escrows.save(new Escrow(cancellation.aggregateId(), cancellation.buyerId(), cancellation.sellerId(),
                    cancellation.amount(), EscrowStatus.CANCELLED, now));
            log.info("Trade {} cancelled before its escrow was asked for: it will never be held", cancellation.aggregateId());
            return;
        }
        Escrow escrow = known.get();
        if (escrow.status() != EscrowStatus.HELD) {
            return;
        }
        LedgerEntry hold = entries.findByTypeAndOperationId(EntryType.HOLD, escrow.tradeId()).orElseThrow();
        entries.save(buyer.release(hold, now));
        escrow.released(EscrowStatus.RELEASED_TO_BUYER, now);
        escrows.save(escrow);
        log.info("Escrow of trade {}: {} points given back to {} ({})", escrow.tradeId(), escrow.amount(), escrow.buyerId(),
                cancellation.reason());
    }

    private void answerAgain(Escrow escrow, Wallet buyer) {
        Instant now = clock.instant();
        switch (escrow.status()) {
            case HELD, RELEASED_TO_SELLER -> events.publishEvent(new EscrowHeld(Uuids.timeOrdered(clock), now,
                    escrow.tradeId(), escrow.buyerId(), escrow.amount(), buyer.balance().value()));
            case DECLINED -> events.publishEvent(new EscrowHoldFailed(Uuids.timeOrdered(clock), now, escrow.tradeId(),
                    escrow.buyerId(), EscrowHoldFailed.INSUFFICIENT_POINTS));
            case CANCELLED, RELEASED_TO_BUYER -> events.publishEvent(new EscrowHoldFailed(Uuids.timeOrdered(clock), now,
                    escrow.tradeId(), escrow.buyerId(), EscrowHoldFailed.CANCELLED));
        }
        log.info("Escrow of trade {} asked for again; answered {}", escrow.tradeId(), escrow.status());
    }
}
