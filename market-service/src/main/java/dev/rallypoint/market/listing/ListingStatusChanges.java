package dev.rallypoint.market.listing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The status changes a trade makes to its listing, each a conditional {@code update} that checks the rule and
 * changes the row in one statement, in the caller's transaction. They are the trade path's versions of
 * {@link Listing#reserve}, {@link Listing#putBackOnSale} and a sale: loading the listing to change it cost a
 * locking select, a select of its images and an update, on every reservation and every confirmation. A
 * concurrent change of the same row waits for the row lock and then sees the condition again, so of buyers
 * racing for one listing exactly one reserves it.
 */
@Component
class ListingStatusChanges {

    private final JdbcClient jdbc;

    ListingStatusChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reserves the listing for the buyer if it is on sale, not hidden, not the buyer's own and the buyer is
     * not suspended from the market; empty when any of that is not so (nothing changed then).
     */
    Optional<ReservedListing> reserve(UUID listingId, UUID buyerId, Instant now) {
        return jdbc.sql("""
                update listing set status = 'RESERVED', updated_at = :now, version = version + 1
                where id = :id and status = 'ON_SALE' and not hidden and seller_id <> :buyer
                  and not exists (select 1 from market_suspension where member_id = :buyer)
                returning id, seller_id, price, title""")
                .param("id", listingId).param("buyer", buyerId).param("now", Timestamp.from(now))
                .query((row, number) -> new ReservedListing(row.getObject("id", UUID.class),
                        row.getObject("seller_id", UUID.class), row.getLong("price"), row.getString("title")))
                .optional();
    }

    /** The listing is sold, unless it already was. */
    void sell(UUID listingId, Instant now) {
        jdbc.sql("""
                update listing set status = 'SOLD', updated_at = :now, version = version + 1
                where id = :id and status <> 'SOLD'""")
                .param("id", listingId).param("now", Timestamp.from(now)).update();
    }

    /** A reserved listing is on sale again; any other changes nothing. */
    void putBackOnSale(UUID listingId, Instant now) {
        jdbc.sql("""
                update listing set status = 'ON_SALE', updated_at = :now, version = version + 1
                where id = :id and status = 'RESERVED'""")
                .param("id", listingId).param("now", Timestamp.from(now)).update();
    }
}
