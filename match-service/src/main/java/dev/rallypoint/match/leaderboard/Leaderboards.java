package dev.rallypoint.match.leaderboard;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ranks the players of an area: everyone who played a recorded match at one of its clubs and has at least
 * {@code minMatches} recorded matches, by rating (highest first), then deviation (the more certain rating
 * first), then player id, so equal ratings always come in the same order and pages never overlap. The area's
 * players are found through the partial index of recorded matches per club and the players' primary keys;
 * only they are sorted.
 */
@Component
class Leaderboards {

    private static final String AREA_PLAYERS = """
            with area as (select distinct p.player_id from matches m join match_player p on p.match_id = m.id
                          where m.club_id = any(:clubs) and m.status = 'RECORDED')
            """;

    private final JdbcClient jdbc;

    private final LeaderboardProperties properties;

    Leaderboards(JdbcClient jdbc, LeaderboardProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    Leaderboard of(String area, Set<UUID> clubs, int page, int size) {
        UUID[] ids = clubs.toArray(UUID[]::new);
        long offset = (long) page * size;
        List<Standing> standings = jdbc.sql(AREA_PLAYERS + """
                select r.player_id, r.rating, r.deviation, r.matches from rating r join area using (player_id)
                where r.matches >= :min
                order by r.rating desc, r.deviation, r.player_id
                offset :offset limit :size""")
                .param("clubs", ids).param("min", properties.minMatches()).param("offset", offset).param("size", size)
                .query((row, index) -> Standing.of(offset + index + 1, row.getObject("player_id", UUID.class),
                        row.getDouble("rating"), row.getDouble("deviation"), row.getInt("matches")))
                .list();
        long total = jdbc.sql(AREA_PLAYERS + """
                select count(*) from rating r join area using (player_id) where r.matches >= :min""")
                .param("clubs", ids).param("min", properties.minMatches())
                .query(Long.class).single();
        return new Leaderboard(area, clubs, properties.minMatches(), standings, page, size, total);
    }
}
