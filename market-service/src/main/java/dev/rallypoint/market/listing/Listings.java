package dev.rallypoint.market.listing;

import dev.rallypoint.common.event.market.ListingPriceDropped;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.market.MarketException;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of listings: sellers offer, edit (while on sale), withdraw and see their own; anyone sees
 * and searches listings that are not hidden. A lower price is announced to the members watching it.
 */
@Component
public class Listings {

    private static final Logger log = LoggerFactory.getLogger(Listings.class);

    private final ListingRepository listings;

    private final ListingQueries queries;

    private final ListingStatusChanges statusChanges;

    private final SellerSuspensions suspensions;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Listings(ListingRepository listings, ListingQueries queries, ListingStatusChanges statusChanges,
            SellerSuspensions suspensions, ApplicationEventPublisher events, Clock clock) {
        this.listings = listings;
        this.queries = queries;
        this.statusChanges = statusChanges;
        this.suspensions = suspensions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Listing offer(Caller caller, ListingDetails details) {
        suspensions.requireAllowed(caller.userId());
        Listing listing = listings.save(Listing.offer(caller.userId(), details, clock));
        log.info("Listing {} offered by {} for {} points", listing.getId(), caller.subject(), listing.getPrice());
        return listing;
    }

    @Transactional
    Listing edit(Caller caller, UUID id, ListingDetails details) {
        Listing listing = listings.findForUpdate(id).orElseThrow(() -> new ListingNotFound(id));
        listing.edit(caller.userId(), details, clock).ifPresent(previousPrice -> {
            List<UUID> watchers = listings.priceWatchers(id);
            if (!watchers.isEmpty()) {
                events.publishEvent(new ListingPriceDropped(Uuids.timeOrdered(clock), clock.instant(), id, listing.getTitle(),
                        previousPrice, listing.getPrice(), watchers));
                log.info("Listing {} dropped from {} to {} points; {} watchers told", id, previousPrice, listing.getPrice(),
                        watchers.size());
            }
        });
        return listing;
    }

    @Transactional
    Listing withdraw(Caller caller, UUID id) {
        Listing listing = listings.findForUpdate(id).orElseThrow(() -> new ListingNotFound(id));
        listing.withdraw(caller.userId(), clock);
        log.info("Listing {} withdrawn by its seller", id);
        return listing;
    }

    /**
     * A buyer's trade reserves the listing, in the caller's transaction: one conditional update that checks the
     * listing is visible, on sale and not the buyer's own, and that the buyer may buy. When it reserves nothing,
     * the listing and the buyer are read again to tell why (a loser of a race finds it reserved).
     */
    @Transactional
    public ReservedListing reserveFor(UUID listingId, UUID buyerId) {
        return statusChanges.reserve(listingId, buyerId, clock.instant()).orElseThrow(() -> refusal(listingId, buyerId));
    }

    /** The listing's trade fell through: on sale again. */
    @Transactional
    public void tradeFellThrough(UUID listingId) {
        statusChanges.putBackOnSale(listingId, clock.instant());
    }

    /** The listing's trade completed. */
    @Transactional
    public void sold(UUID listingId) {
        statusChanges.sell(listingId, clock.instant());
    }

    /** Fails with {@link ListingNotFound} unless anyone may see the listing. */
    @Transactional(readOnly = true)
    public void requireVisible(UUID id) {
        visible(id);
    }

    /** An admin hides the listing from everyone but its seller. */
    @Transactional
    public void hide(UUID id, String reason) {
        listings.findForUpdate(id).orElseThrow(() -> new ListingNotFound(id)).hide(reason, clock);
    }

    /** An admin shows a hidden listing again. */
    @Transactional
    public void restore(UUID id) {
        listings.findForUpdate(id).orElseThrow(() -> new ListingNotFound(id)).restore(clock);
    }

    /** A listing anyone may see: not hidden. */
    @Transactional(readOnly = true)
    Listing visible(UUID id) {
        return listings.findById(id).filter(listing -> !listing.isHidden()).orElseThrow(() -> new ListingNotFound(id));
    }

    /** One of the caller's own listings, hidden or not. */
    @Transactional(readOnly = true)
    Listing own(Caller caller, UUID id) {
        Listing listing = listings.findById(id).orElseThrow(() -> new ListingNotFound(id));
        listing.requireSeller(caller.userId());
        return listing;
    }

    /**
     * Why the buyer could not reserve the listing, in the order of the rules: not there or hidden, their own,
     * they are suspended, not on sale. A listing that is reservable again by now (its trade fell through
     * meanwhile) was not when the buyer tried: not on sale.
     */
    private MarketException refusal(UUID listingId, UUID buyerId) {
        Listing listing = listings.findById(listingId).filter(found -> !found.isHidden())
                .orElseThrow(() -> new ListingNotFound(listingId));
        if (listing.getSellerId().equals(buyerId)) {
            return new OwnListing(listingId);
        }
        suspensions.requireAllowed(buyerId);
        listing.requireReservable();
        return new ListingNotOnSale(listingId, ListingStatus.RESERVED);
    }

    /** Visible listings matching the search, one page of them (uncounted). */
    Slice<Listing> search(ListingSearch search, Pageable page) {
        return queries.search(search, page);
    }

    @Transactional(readOnly = true)
    Page<Listing> mine(Caller caller, Pageable page) {
        return listings.findBySellerIdOrderByCreatedAtDesc(caller.userId(), page);
    }
}
