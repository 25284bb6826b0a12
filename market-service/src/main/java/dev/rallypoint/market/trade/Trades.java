package dev.rallypoint.market.trade;

import dev.rallypoint.common.event.user.EscrowHeld;
import dev.rallypoint.common.event.user.EscrowHoldFailed;
import dev.rallypoint.market.listing.Listings;
import dev.rallypoint.market.listing.ReservedListing;
import dev.rallypoint.support.scheduling.Batches;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of trades, market-service's side of the escrow saga with the wallet: each step changes the
 * trade and its listing in one transaction that also stores the fact for the wallet (the outbox); the
 * wallet's answers come back through {@link WalletAnswerListener}.
 */
@Component
class Trades {

    private static final Logger log = LoggerFactory.getLogger(Trades.class);

    private final TradeRepository trades;

    private final Listings listings;

    private final TradeGuard guard;

    private final TradeConfiguration.TradeProperties properties;

    private final TransactionTemplate transactions;

    private final Clock clock;

    Trades(TradeRepository trades, Listings listings, TradeGuard guard, TradeConfiguration.TradeProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.trades = trades;
        this.listings = listings;
        this.guard = guard;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The caller reserves a listing. One attempt per listing at a time gets past the lock (the others are
     * refused at once); the listing must be on sale, and the partial unique index refuses a second active
     * trade whatever got past the lock.
     */
    Trade reserve(Caller caller, UUID listingId) {
        UUID buyer = caller.userId();
        try (TradeGuard.Lease lease = guard.tryLock(listingId).orElseThrow(() -> new ListingBusy(listingId))) {
            Trade trade = transactions.execute(status -> {
                ReservedListing listing = listings.reserveFor(listingId, buyer);
                return trades.save(Trade.request(listingId, listing.sellerId(), listing.price(), listing.title(), buyer,
                        clock));
            });
            log.info("Trade {} of listing {} requested by {} for {} points", trade.id(), listingId, buyer, trade.amount());
            return trade;
        }
        catch (DataIntegrityViolationException ex) {
            throw new ListingBusy(listingId);
        }
    }

    /** A trade its party (or an admin) may see. */
    @Transactional(readOnly = true)
    Trade visible(Caller caller, UUID id) {
        return trades.findById(id).filter(trade -> caller.isAdmin() || trade.isParty(caller.userId()))
                .orElseThrow(() -> new TradeNotFound(id));
    }

    @Transactional(readOnly = true)
    Page<Trade> history(Caller caller, boolean asSeller, Pageable page) {
        return asSeller ? trades.findBySellerIdOrderByCreatedAtDesc(caller.userId(), page)
                : trades.findByBuyerIdOrderByCreatedAtDesc(caller.userId(), page);
    }

    @Transactional(readOnly = true)
    Page<Trade> inStatus(TradeStatus status, Pageable page) {
        return trades.findByStatusOrderByUpdatedAtAsc(status, page);
    }

    Trade cancel(Caller caller, UUID id) {
        return step(id, (trade, now) -> trade.cancelByBuyer(caller.userId(), clock));
    }

    Trade decline(Caller caller, UUID id) {
        return step(id, (trade, now) -> trade.decline(caller.userId(), clock));
    }

    Trade handOver(Caller caller, UUID id) {
        return step(id, (trade, now) -> trade.handOver(caller.userId(), properties.confirmWithin(), clock));
    }

    Trade confirm(Caller caller, UUID id) {
        return step(id, (trade, now) -> trade.confirm(caller.userId(), clock));
    }

    Trade dispute(Caller caller, UUID id, String reason) {
        return step(id, (trade, now) -> trade.dispute(caller.userId(), reason, clock));
    }

    Trade settle(UUID id, boolean forSeller) {
        Trade trade = step(id, (found, now) -> found.settle(forSeller, clock));
        log.info("Dispute of trade {} settled for the {}", id, forSeller ? "seller" : "buyer");
        return trade;
    }

    /** The wallet holds the escrow (again, perhaps): a requested trade goes on. */
    void escrowHeld(EscrowHeld answer) {
        transactions.executeWithoutResult(status -> trades.findForUpdate(answer.aggregateId()).ifPresentOrElse(trade -> {
            trade.escrowHeld(clock);
            trades.save(trade);
        }, () -> log.warn("Escrow held for unknown trade {}", answer.aggregateId())));
    }

    /** The wallet did not hold the escrow: a requested trade is cancelled and its listing back on sale. */
    void escrowFailed(EscrowHoldFailed answer) {
        transactions.executeWithoutResult(status -> trades.findForUpdate(answer.aggregateId()).ifPresent(trade -> {
            if (trade.escrowFailed(clock)) {
                listings.tradeFellThrough(trade.listingId());
                log.info("Trade {} cancelled: the wallet did not hold its escrow ({})", trade.id(), answer.reason());
            }
            trades.save(trade);
        }));
    }

    /** Confirms the handed-over trades whose deadline passed; answers how many. Any number of instances may run it. */
    int confirmDue(int batch) {
        return Batches.drain(batch, () -> {
            Integer confirmed = transactions.execute(status -> {
                List<Trade> due = trades.findDueForConfirmation(clock.instant(), batch);
                due.forEach(trade -> {
                    if (trade.confirmIfDue(clock)) {
                        listings.sold(trade.listingId());
                        log.info("Trade {} confirmed itself after its deadline", trade.id());
                    }
                });
                trades.saveAll(due);
                return due.size();
            });
            return confirmed == null ? 0 : confirmed;
        });
    }

    /** Runs one step on the locked trade and moves its listing along: sold when completed, back on sale when cancelled. */
    private Trade step(UUID id, BiConsumer<Trade, Clock> change) {
        return transactions.execute(status -> {
            Trade trade = trades.findForUpdate(id).orElseThrow(() -> new TradeNotFound(id));
            TradeStatus before = trade.status();
            change.accept(trade, clock);
            if (before != trade.status()) {
                switch (trade.status()) {
                    case COMPLETED -> listings.sold(trade.listingId());
                    case CANCELLED -> listings.tradeFellThrough(trade.listingId());
                    default -> {
                    }
                }
                log.info("Trade {} {} -> {}", id, before, trade.status());
            }
            return trades.save(trade);
        });
    }
}
