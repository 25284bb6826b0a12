package dev.rallypoint.court.club;

import dev.rallypoint.common.id.Uuids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A tennis club: where it is, who manages it, when it is open, how its courts are booked and priced.
 * Created by an admin, who assigns its managers; the managers then run it.
 */
@Entity
@Table(name = "club")
public class Club {

    static final Schedule DEFAULT_SCHEDULE = new Schedule(ZoneId.of("UTC"), 60,
            List.of(DayOfWeek.values()).stream().map(day -> new OpeningHours(day, LocalTime.of(6, 0), LocalTime.of(22, 0))).toList());

    @Id
    private UUID id;

    private String name;

    private String address;

    private String region;

    private String timeZone;

    private int slotMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "club_manager", joinColumns = @JoinColumn(name = "club_id"))
    @Column(name = "user_id")
    @BatchSize(size = 50)
    private Set<UUID> managers = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "club_opening_hours", joinColumns = @JoinColumn(name = "club_id"))
    @BatchSize(size = 50)
    private Set<OpeningHours> openingHours = new HashSet<>();

    @Embedded
    private BookingRules bookingRules;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "club_price_rule", joinColumns = @JoinColumn(name = "club_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<PriceRule> priceRules = new ArrayList<>();

    private Instant createdAt;

    @Version
    private long version;

    protected Club() {
    }

    private Club(UUID id, ClubProfile profile, Collection<UUID> managers, Instant createdAt) {
        this.id = id;
        describe(profile);
        this.managers.addAll(managers);
        this.slotMinutes = DEFAULT_SCHEDULE.slotMinutes();
        this.openingHours.addAll(DEFAULT_SCHEDULE.hours());
        this.bookingRules = BookingRules.DEFAULT;
        this.createdAt = createdAt;
    }

    /** A new club, open 06:00-22:00 every day in one-hour slots with the default booking rules. */
    public static Club open(ClubProfile profile, Collection<UUID> managers, Clock clock) {
        return new Club(Uuids.timeOrdered(clock), profile, managers, clock.instant());
    }

    public void describe(ClubProfile profile) {
        this.name = profile.name();
        this.address = profile.address();
        this.region = profile.region();
        this.timeZone = profile.zone().getId();
    }

    public void assignManager(UUID userId) {
        managers.add(userId);
    }

    public void dismissManager(UUID userId) {
        managers.remove(userId);
    }

    public boolean isManagedBy(UUID userId) {
        return managers.contains(userId);
    }

    public void reschedule(int slotMinutes, Collection<OpeningHours> hours) {
        Schedule schedule = Schedule.of(zone(), slotMinutes, hours);
        this.slotMinutes = schedule.slotMinutes();
        this.openingHours.clear();
        this.openingHours.addAll(schedule.hours());
    }

    public void changeBookingRules(BookingRules rules) {
        this.bookingRules = rules;
    }

    public void changePriceRules(List<PriceRule> rules) {
        if (rules.size() > 50) {
            throw new InvalidSchedule("too-many-price-rules");
        }
        this.priceRules.clear();
        this.priceRules.addAll(rules);
    }

    public UUID id() {
        return id;
    }

    public ClubProfile profile() {
        return new ClubProfile(name, address, region, zone());
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        }
        catch (DateTimeException ex) {
            throw new IllegalStateException("Stored zone " + timeZone + " is unknown", ex);
        }
    }

    public Schedule schedule() {
        return Schedule.of(zone(), slotMinutes, openingHours);
    }

    public BookingRules bookingRules() {
        return bookingRules;
    }

    public List<PriceRule> priceRules() {
        return List.copyOf(priceRules);
    }

    public Set<UUID> managers() {
        return Set.copyOf(managers);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
