package dev.rallypoint.market.trade;

import dev.rallypoint.support.security.Caller;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Buyers rate the seller once per completed trade (the trade id is the rating's key). */
@Component
class Ratings {

    /** @param stars 1 to 5 */
    record Rating(UUID tradeId, UUID buyerId, int stars, String comment, Instant ratedAt) {
    }

    /** @param average of all ratings, 0 without any */
    record SellerRatings(UUID sellerId, long count, double average, List<Rating> recent) {
    }

    private final TradeRepository trades;

    private final JdbcClient jdbc;

    private final Clock clock;

    Ratings(TradeRepository trades, JdbcClient jdbc, Clock clock) {
        this.trades = trades;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Rating rate(Caller caller, UUID tradeId, int stars, String comment) {
        Trade trade = trades.findById(tradeId).filter(found -> found.isParty(caller.userId()))
                .orElseThrow(() -> new TradeNotFound(tradeId));
        if (!trade.buyerId().equals(caller.userId())) {
            throw new WrongTradeParty(tradeId, "rate");
        }
        if (trade.status() != TradeStatus.COMPLETED) {
            throw new IllegalTradeStep(tradeId, "rate", trade.status());
        }
        Instant now = clock.instant();
        int stored = jdbc.sql("""
                insert into seller_rating (trade_id, seller_id, buyer_id, stars, comment, rated_at) values (?, ?, ?, ?, ?, ?)
                on conflict (trade_id) do nothing""")
                .params(tradeId, trade.sellerId(), trade.buyerId(), stars, comment, Timestamp.from(now)).update();
        if (stored == 0) {
            throw new AlreadyRated(tradeId);
        }
        return new Rating(tradeId, trade.buyerId(), stars, comment, now);
    }

    @Transactional(readOnly = true)
    SellerRatings of(UUID sellerId) {
        record Summary(long count, double average) {
        }
        Summary summary = jdbc.sql("select count(*), coalesce(avg(stars), 0) from seller_rating where seller_id = ?")
                .param(sellerId).query((row, n) -> new Summary(row.getLong(1), row.getDouble(2))).single();
        List<Rating> recent = jdbc.sql("""
                select trade_id, buyer_id, stars, comment, rated_at from seller_rating where seller_id = ?
                order by rated_at desc limit 20""")
                .param(sellerId)
                .query((row, n) -> new Rating(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getInt(3),
                        row.getString(4), row.getTimestamp(5).toInstant()))
                .list();
        return new SellerRatings(sellerId, summary.count(), Math.round(summary.average() * 100) / 100.0, recent);
    }
}
