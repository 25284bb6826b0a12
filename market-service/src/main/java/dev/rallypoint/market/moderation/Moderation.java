package dev.rallypoint.market.moderation;

import dev.rallypoint.market.listing.Listings;
import dev.rallypoint.market.listing.SellerSuspensions;
import dev.rallypoint.support.security.Caller;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reports of members and the admins' answers to them. A CRUD-shaped feature: rules stay in the listing. */
@Component
class Moderation {

    private static final Logger log = LoggerFactory.getLogger(Moderation.class);

    private final JdbcClient jdbc;

    private final Listings listings;

    private final SellerSuspensions suspensions;

    private final Clock clock;

    Moderation(JdbcClient jdbc, Listings listings, SellerSuspensions suspensions, Clock clock) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.suspensions = suspensions;
        this.clock = clock;
    }

    /** A member reports a visible listing; a second report of the same member changes nothing. */
    @Transactional
    void report(Caller caller, UUID listingId, String reason) {
        listings.requireVisible(listingId);
        jdbc.sql("""
                insert into listing_report (listing_id, reporter_id, reason, reported_at) values (?, ?, ?, ?)
                on conflict (listing_id, reporter_id) do nothing""")
                .params(listingId, caller.userId(), reason, Timestamp.from(clock.instant())).update();
    }

    /** Reported listings, most reported first. */
    @Transactional(readOnly = true)
    List<ReportedListing> reported(int page, int size) {
        return jdbc.sql("""
                select r.listing_id, l.title, l.seller_id, l.hidden, count(*) as reports, max(r.reported_at) as latest,
                       (array_agg(r.reason order by r.reported_at desc))[1] as latest_reason
                from listing_report r join listing l on l.id = r.listing_id
                group by r.listing_id, l.title, l.seller_id, l.hidden
                order by reports desc, latest desc limit ? offset ?""")
                .params(size, page * size)
                .query((row, n) -> new ReportedListing(row.getObject("listing_id", UUID.class), row.getString("title"),
                        row.getObject("seller_id", UUID.class), row.getBoolean("hidden"), row.getLong("reports"),
                        row.getTimestamp("latest").toInstant(), row.getString("latest_reason")))
                .list();
    }

    void hide(Caller admin, UUID listingId, String reason) {
        listings.hide(listingId, reason);
        log.info("Listing {} hidden by admin {}: {}", listingId, admin.subject(), reason);
    }

    void restore(Caller admin, UUID listingId) {
        listings.restore(listingId);
        log.info("Listing {} restored by admin {}", listingId, admin.subject());
    }

    void suspend(Caller admin, UUID sellerId, String reason) {
        int hidden = suspensions.suspend(sellerId, reason);
        log.info("Seller {} suspended from the market by admin {} ({} listings hidden): {}", sellerId, admin.subject(),
                hidden, reason);
    }

    void lift(Caller admin, UUID sellerId) {
        suspensions.lift(sellerId);
        log.info("Market suspension of seller {} lifted by admin {}", sellerId, admin.subject());
    }
}
