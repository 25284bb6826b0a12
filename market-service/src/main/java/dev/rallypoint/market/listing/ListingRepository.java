package dev.rallypoint.market.listing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ListingRepository extends JpaRepository<Listing, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Listing l where l.id = :id")
    Optional<Listing> findForUpdate(UUID id);

    /** The members who asked to hear when the listing's price drops. */
    @Query(value = "select member_id from favourite where listing_id = :id and watch_price order by member_id", nativeQuery = true)
    List<UUID> priceWatchers(UUID id);

    Page<Listing> findBySellerIdOrderByCreatedAtDesc(UUID sellerId, Pageable page);
}
