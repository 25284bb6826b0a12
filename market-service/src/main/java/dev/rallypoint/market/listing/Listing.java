package dev.rallypoint.market.listing;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.Persistable;

/**
 * Gear a seller offers for points. Its seller edits it only while it is on sale (nobody is buying) and
 * may withdraw it then; a trade reserves it, and either sells it or puts it back on sale. An admin may
 * hide it from everyone but its seller, and restore it.
 *
 * <p>Read accessors are bean-style getters so that {@link ListingMapper} maps them; there are no setters.
 */
@Entity
@Table(name = "listing")
public class Listing implements Persistable<UUID> {

    @Id
    private UUID id;

    private UUID sellerId;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_condition")
    private Condition condition;

    private String brand;

    private String model;

    private long price;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "listing_image", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    @BatchSize(size = 100)
    private List<String> images = new ArrayList<>();

    private UUID clubId;

    private String area;

    @Enumerated(EnumType.STRING)
    private ListingStatus status;

    private boolean hidden;

    private String hiddenReason;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private boolean stored = true;

    protected Listing() {
    }

    /** A new listing, on sale at once. */
    static Listing offer(UUID sellerId, ListingDetails details, Clock clock) {
        Listing listing = new Listing();
        Instant now = clock.instant();
        listing.id = Uuids.timeOrdered(clock);
        listing.sellerId = sellerId;
        listing.status = ListingStatus.ON_SALE;
        listing.createdAt = now;
        listing.stored = false;
        listing.apply(details, now);
        return listing;
    }

    /**
     * Its seller changes it; only while on sale, so a buyer always gets what they reserved. Answers the
     * price it had before when the new price is lower.
     */
    Optional<Long> edit(UUID editor, ListingDetails details, Clock clock) {
        requireSeller(editor);
        requireOnSale();
        long before = price;
        apply(details, clock.instant());
        return price < before ? Optional.of(before) : Optional.empty();
    }

    /** Its seller takes it off the market; only while on sale. */
    void withdraw(UUID seller, Clock clock) {
        requireSeller(seller);
        requireOnSale();
        status = ListingStatus.WITHDRAWN;
        updatedAt = clock.instant();
    }

    /**
     * A buyer's trade starts: nobody else may reserve it. The trade path makes this change as one conditional
     * update ({@link ListingStatusChanges#reserve}), and asks {@link #requireReservable()} why when it fails.
     */
    void reserve(Clock clock) {
        requireReservable();
        status = ListingStatus.RESERVED;
        updatedAt = clock.instant();
    }

    /** Fails with {@link ListingNotOnSale} unless a buyer may reserve it now: not hidden, on sale. */
    void requireReservable() {
        if (hidden) {
            throw new ListingNotOnSale(id, status);
        }
        requireOnSale();
    }

    /** The trade fell through: on sale again. Nothing changes unless it was reserved. */
    void putBackOnSale(Clock clock) {
        if (status == ListingStatus.RESERVED) {
            status = ListingStatus.ON_SALE;
            updatedAt = clock.instant();
        }
    }

    /** An admin hides it from everyone but its seller. */
    public void hide(String reason, Clock clock) {
        hidden = true;
        hiddenReason = reason;
        updatedAt = clock.instant();
    }

    /** An admin shows it again. */
    public void restore(Clock clock) {
        hidden = false;
        hiddenReason = null;
        updatedAt = clock.instant();
    }

    /** Whether the caller may see it: anyone while it is not hidden, its seller always. */
    boolean isVisibleTo(UUID caller, boolean admin) {
        return !hidden || admin || sellerId.equals(caller);
    }

    void requireSeller(UUID caller) {
        if (!sellerId.equals(caller)) {
            throw new NotListingSeller(id);
        }
    }

    private void requireOnSale() {
        if (status != ListingStatus.ON_SALE) {
            throw new ListingNotOnSale(id, status);
        }
    }

    private void apply(ListingDetails details, Instant now) {
        title = details.title();
        description = details.description();
        category = details.category();
        condition = details.condition();
        brand = details.brand();
        model = details.model();
        price = details.price();
        images.clear();
        images.addAll(details.images());
        clubId = details.clubId();
        area = details.area();
        updatedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }

    public UUID getSellerId() {
        return sellerId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Category getCategory() {
        return category;
    }

    public Condition getCondition() {
        return condition;
    }

    public String getBrand() {
        return brand;
    }

    public String getModel() {
        return model;
    }

    public long getPrice() {
        return price;
    }

    public List<String> getImages() {
        return List.copyOf(images);
    }

    public UUID getClubId() {
        return clubId;
    }

    public String getArea() {
        return area;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
