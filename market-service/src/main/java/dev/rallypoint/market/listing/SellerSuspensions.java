package dev.rallypoint.market.listing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members an admin suspended from the market: they can neither list nor buy, and suspending hides their
 * listings on sale.
 */
@Component
public class SellerSuspensions {

    private final JdbcClient jdbc;

    private final Clock clock;

    SellerSuspensions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refuses a suspended member with {@link SuspendedFromMarket}. */
    public void requireAllowed(UUID memberId) {
        if (jdbc.sql("select exists (select 1 from market_suspension where member_id = ?)").param(memberId)
                .query(Boolean.class).single()) {
            throw new SuspendedFromMarket(memberId);
        }
    }

    /** Suspends the member and hides their listings on sale; answers how many were hidden. */
    @Transactional
    public int suspend(UUID memberId, String reason) {
        jdbc.sql("""
                insert into market_suspension (member_id, reason, suspended_at) values (?, ?, ?)
                on conflict (member_id) do update set reason = excluded.reason""")
                .params(memberId, reason, Timestamp.from(clock.instant())).update();
        return jdbc.sql("""
                update listing set hidden = true, hidden_reason = ?, updated_at = ?, version = version + 1
                where seller_id = ? and status = 'ON_SALE' and not hidden""")
                .params("seller suspended: " + reason, Timestamp.from(clock.instant()), memberId).update();
    }

    @Transactional
    public void lift(UUID memberId) {
        jdbc.sql("delete from market_suspension where member_id = ?").param(memberId).update();
    }
}
