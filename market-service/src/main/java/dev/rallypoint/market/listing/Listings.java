package dev.rallypoint.market.listing;

import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of listings: sellers offer, edit (while on sale), withdraw and see their own; anyone sees
 * a listing that is not hidden.
 */
@Component
public class Listings {

    private static final Logger log = LoggerFactory.getLogger(Listings.class);

    private final ListingRepository listings;

    private final Clock clock;

    Listings(ListingRepository listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Transactional
    Listing offer(Caller caller, ListingDetails details) {
        Listing listing = listings.save(Listing.offer(caller.userId(), details, clock));
        log.info("Listing {} offered by {} for {} points", listing.getId(), caller.subject(), listing.getPrice());
        return listing;
    }

    @Transactional
    Listing edit(Caller caller, UUID id, ListingDetails details) {
        Listing listing = listings.findForUpdate(id).orElseThrow(() -> new ListingNotFound(id));
        listing.edit(caller.userId(), details, clock);
        return listing;
    }

    @Transactional
    Listing withdraw(Caller caller, UUID id) {
        Listing listing = listings.findForUpdate(id).orElseThrow(() -> new ListingNotFound(id));
        listing.withdraw(caller.userId(), clock);
        log.info("Listing {} withdrawn by its seller", id);
        return listing;
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

    @Transactional(readOnly = true)
    Page<Listing> mine(Caller caller, Pageable page) {
        return listings.findBySellerIdOrderByCreatedAtDesc(caller.userId(), page);
    }
}
