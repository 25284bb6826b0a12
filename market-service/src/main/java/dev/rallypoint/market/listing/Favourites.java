package dev.rallypoint.market.listing;

import dev.rallypoint.support.security.Caller;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' wishlists: listings they keep, and whether they want to hear when the price drops (watching
 * a price keeps the listing too). Each is idempotent: keeping a kept listing changes nothing.
 */
@Component
class Favourites {

    private final JdbcClient jdbc;

    private final Listings listings;

    private final ListingRepository repository;

    private final Clock clock;

    Favourites(JdbcClient jdbc, Listings listings, ListingRepository repository, Clock clock) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    void keep(Caller caller, UUID listingId, boolean watchPrice) {
        listings.visible(listingId);
        jdbc.sql("""
                insert into favourite (listing_id, member_id, watch_price, created_at) values (?, ?, ?, ?)
                on conflict (listing_id, member_id) do update set watch_price = favourite.watch_price or excluded.watch_price""")
                .params(listingId, caller.userId(), watchPrice, Timestamp.from(clock.instant())).update();
    }

    @Transactional
    void stopWatchingPrice(Caller caller, UUID listingId) {
        jdbc.sql("update favourite set watch_price = false where listing_id = ? and member_id = ?")
                .params(listingId, caller.userId()).update();
    }

    @Transactional
    void forget(Caller caller, UUID listingId) {
        jdbc.sql("delete from favourite where listing_id = ? and member_id = ?").params(listingId, caller.userId()).update();
    }

    /** The caller's kept listings that are still visible, most recently kept first. */
    @Transactional(readOnly = true)
    Page<Listing> of(Caller caller, Pageable page) {
        List<UUID> ids = jdbc.sql("""
                select f.listing_id from favourite f join listing l on l.id = f.listing_id
                where f.member_id = ? and not l.hidden order by f.created_at desc, f.listing_id limit ? offset ?""")
                .params(caller.userId(), page.getPageSize(), page.getOffset()).query(UUID.class).list();
        long total = jdbc.sql("""
                select count(*) from favourite f join listing l on l.id = f.listing_id where f.member_id = ? and not l.hidden""")
                .param(caller.userId()).query(Long.class).single();
        List<Listing> found = repository.findAllById(ids);
        List<Listing> ordered = ids.stream().flatMap(id -> found.stream().filter(listing -> listing.getId().equals(id))).toList();
        return new PageImpl<>(ordered, page, total);
    }
}
