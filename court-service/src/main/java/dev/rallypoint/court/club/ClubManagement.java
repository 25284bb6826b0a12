package dev.rallypoint.court.club;

import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of running a club. Admins open clubs and assign their managers; a manager changes only
 * the clubs they manage, an admin any. Every change that can move a court's free slots announces
 * {@link CourtCalendarChanged}.
 */
@Component
@Transactional
class ClubManagement {

    private static final Logger log = LoggerFactory.getLogger(ClubManagement.class);

    private final ClubRepository clubs;

    private final CourtRepository courts;

    private final BlockRepository blocks;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ClubManagement(ClubRepository clubs, CourtRepository courts, BlockRepository blocks, ApplicationEventPublisher events,
            Clock clock) {
        this.clubs = clubs;
        this.courts = courts;
        this.blocks = blocks;
        this.events = events;
        this.clock = clock;
    }

    Club open(ClubProfile profile, Collection<UUID> managers, Caller admin) {
        Club club = clubs.save(Club.open(profile, managers, clock));
        log.info("Club {} opened by {} with managers {}", club.id(), admin.subject(), managers);
        return club;
    }

    @Transactional(readOnly = true)
    Club find(UUID clubId) {
        return clubs.findById(clubId).orElseThrow(() -> new ClubNotFound(clubId));
    }

    @Transactional(readOnly = true)
    Page<Club> list(String region, Pageable pageable) {
        return region == null || region.isBlank() ? clubs.findAll(pageable) : clubs.findByRegionIgnoreCase(region, pageable);
    }

    @Transactional(readOnly = true)
    Page<Club> managedBy(Caller caller, Pageable pageable) {
        return caller.isAdmin() ? clubs.findAll(pageable) : clubs.findManagedBy(caller.userId(), pageable);
    }

    @Transactional(readOnly = true)
    Club managed(Caller caller, UUID clubId) {
        Club club = find(clubId);
        if (!caller.isAdmin() && !club.isManagedBy(caller.userId())) {
            throw new NotClubManager(clubId);
        }
        return club;
    }

    Club describe(Caller caller, UUID clubId, ClubProfile profile) {
        Club club = managed(caller, clubId);
        boolean zoneChanged = !club.zone().equals(profile.zone());
        club.describe(profile);
        if (zoneChanged) {
            calendarsChanged(clubId);
        }
        return club;
    }

    Club assignManager(UUID clubId, UUID userId) {
        Club club = find(clubId);
        club.assignManager(userId);
        log.info("Manager {} assigned to club {}", userId, clubId);
        return club;
    }

    Club dismissManager(UUID clubId, UUID userId) {
        Club club = find(clubId);
        club.dismissManager(userId);
        log.info("Manager {} dismissed from club {}", userId, clubId);
        return club;
    }

    Club reschedule(Caller caller, UUID clubId, int slotMinutes, Collection<OpeningHours> hours) {
        Club club = managed(caller, clubId);
        club.reschedule(slotMinutes, hours);
        calendarsChanged(clubId);
        return club;
    }

    Club changeBookingRules(Caller caller, UUID clubId, BookingRules rules) {
        Club club = managed(caller, clubId);
        club.changeBookingRules(rules);
        calendarsChanged(clubId);
        return club;
    }

    Club changePriceRules(Caller caller, UUID clubId, List<PriceRule> rules) {
        Club club = managed(caller, clubId);
        club.changePriceRules(rules);
        calendarsChanged(clubId);
        return club;
    }

    @Transactional(readOnly = true)
    List<Court> courtsOf(UUID clubId) {
        find(clubId);
        return courts.findByClub(clubId);
    }

    @Transactional(readOnly = true)
    Court court(UUID courtId) {
        return courts.findById(courtId).orElseThrow(() -> new CourtNotFound(courtId));
    }

    Court addCourt(Caller caller, UUID clubId, CourtSpec spec) {
        Club club = managed(caller, clubId);
        Court court = courts.save(Court.add(club, spec, clock));
        log.info("Court {} added to club {}", court.id(), clubId);
        return court;
    }

    Court specifyCourt(Caller caller, UUID clubId, UUID courtId, CourtSpec spec) {
        managed(caller, clubId);
        Court court = courts.findInClub(clubId, courtId).orElseThrow(() -> new CourtNotFound(courtId));
        court.specify(spec);
        setupChanged(Set.of(courtId));
        return court;
    }

    void retireCourt(Caller caller, UUID clubId, UUID courtId) {
        managed(caller, clubId);
        Court court = courts.findInClub(clubId, courtId).orElseThrow(() -> new CourtNotFound(courtId));
        court.retire();
        setupChanged(Set.of(courtId));
        log.info("Court {} of club {} retired", courtId, clubId);
    }

    Block block(Caller caller, UUID clubId, UUID courtId, TimeRange range, BlockReason reason, String note) {
        managed(caller, clubId);
        Court court = courts.findInClub(clubId, courtId).orElseThrow(() -> new CourtNotFound(courtId));
        Block block = blocks.save(Block.of(court, range, reason, note, caller.userId(), clock));
        events.publishEvent(CourtCalendarChanged.of(courtId));
        log.info("Court {} blocked {} for {}", courtId, range, reason);
        return block;
    }

    @Transactional(readOnly = true)
    List<Block> blocks(Caller caller, UUID clubId, TimeRange window) {
        managed(caller, clubId);
        return blocks.findInClub(clubId, window.start(), window.end());
    }

    void unblock(Caller caller, UUID clubId, UUID blockId) {
        managed(caller, clubId);
        Block block = blocks.findInClub(clubId, blockId).orElseThrow(() -> new BlockNotFound(blockId));
        blocks.delete(block);
        events.publishEvent(CourtCalendarChanged.of(block.courtId()));
        events.publishEvent(new BlockLifted(clubId, block.courtId(), block.range()));
    }

    private void calendarsChanged(UUID clubId) {
        setupChanged(new HashSet<>(courts.findIdsByClub(clubId)));
    }

    private void setupChanged(Set<UUID> courtIds) {
        events.publishEvent(new CourtSetupChanged(courtIds));
        events.publishEvent(new CourtCalendarChanged(courtIds));
    }
}
