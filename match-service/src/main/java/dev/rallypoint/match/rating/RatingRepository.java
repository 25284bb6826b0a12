package dev.rallypoint.match.rating;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<Rating, UUID> {

    List<Rating> findByPlayerIdIn(Collection<UUID> players);

    /** The best rated players who played a recorded match at the club. */
    @Query(value = """
            select r.* from rating r
            where r.player_id in (select p.player_id from match_player p join matches m on m.id = p.match_id
                                  where m.club_id = :club and m.status = 'RECORDED')
            order by r.rating desc, r.player_id limit :size""", nativeQuery = true)
    List<Rating> leaderboard(UUID club, int size);
}
