package dev.rallypoint.match.rating;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, UUID> {

    List<Rating> findByPlayerIdIn(Collection<UUID> players);
}
