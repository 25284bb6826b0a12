package dev.rallypoint.court.availability;

import com.querydsl.core.BooleanBuilder;
import com.querydsl.core.types.Projections;
import com.querydsl.jpa.JPAExpressions;
import com.querydsl.jpa.impl.JPAQuery;
import com.querydsl.jpa.impl.JPAQueryFactory;
import dev.rallypoint.court.CourtException;
import dev.rallypoint.court.Paged;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.QBlock;
import dev.rallypoint.court.club.QClub;
import dev.rallypoint.court.club.QCourt;
import dev.rallypoint.court.club.Surface;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.court.reservation.QReservation;
import dev.rallypoint.court.reservation.ReservationStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds bookable courts by region, surface, roof and price, and optionally those free for a whole
 * time window: within the club's opening hours on its slot grid, with no active reservation and no
 * block overlapping it.
 */
@Component
@Transactional(readOnly = true)
class CourtSearch {

    /** How many candidates a free-window search checks against the clubs' schedules. */
    static final int MAX_WINDOW_CANDIDATES = 2_000;

    private final JPAQueryFactory queries;

    private final Clubs clubs;

    private final Clock clock;

    CourtSearch(EntityManager entityManager, Clubs clubs, Clock clock) {
        this.queries = new JPAQueryFactory(entityManager);
        this.clubs = clubs;
        this.clock = clock;
    }

    record Criteria(String region, Surface surface, Boolean indoor, Long minPrice, Long maxPrice, TimeRange freeDuring) {
    }

    Paged<CourtMatch> search(Criteria criteria, int page, int size) {
        QCourt court = QCourt.court;
        QClub club = QClub.club;
        BooleanBuilder where = new BooleanBuilder(court.active.isTrue());
        if (criteria.region() != null && !criteria.region().isBlank()) {
            where.and(club.region.equalsIgnoreCase(criteria.region().strip()));
        }
        if (criteria.surface() != null) {
            where.and(court.surface.eq(criteria.surface()));
        }
        if (criteria.indoor() != null) {
            where.and(court.indoor.eq(criteria.indoor()));
        }
        if (criteria.minPrice() != null) {
            where.and(court.basePrice.goe(criteria.minPrice()));
        }
        if (criteria.maxPrice() != null) {
            where.and(court.basePrice.loe(criteria.maxPrice()));
        }
        if (criteria.freeDuring() != null) {
            where.and(freeDuring(criteria.freeDuring()));
        }
        JPAQuery<CourtMatch> query = queries.select(Projections.constructor(CourtMatch.class, court.id, court.name,
                        court.surface, court.indoor, court.basePrice, club.id, club.name, club.region))
                .from(court).join(club).on(club.id.eq(court.clubId))
                .where(where)
                .orderBy(court.basePrice.asc(), club.name.asc(), court.name.asc());
        if (criteria.freeDuring() == null) {
            Long total = queries.select(court.count()).from(court).join(club).on(club.id.eq(court.clubId)).where(where).fetchOne();
            List<CourtMatch> content = query.offset((long) page * size).limit(size).fetch();
            long count = total == null ? 0 : total;
            return new Paged<>(content, page, size, count, (int) Math.ceil(count / (double) size));
        }
        List<CourtMatch> open = query.limit(MAX_WINDOW_CANDIDATES).fetch().stream()
                .filter(match -> isBookableDuring(match, criteria.freeDuring())).toList();
        List<CourtMatch> content = open.stream().skip((long) page * size).limit(size).toList();
        return new Paged<>(content, page, size, open.size(), (int) Math.ceil(open.size() / (double) size));
    }

    private com.querydsl.core.types.Predicate freeDuring(TimeRange window) {
        QCourt court = QCourt.court;
        QReservation reservation = QReservation.reservation;
        QBlock block = QBlock.block;
        Instant now = clock.instant();
        return JPAExpressions.selectOne().from(reservation)
                .where(reservation.courtId.eq(court.id),
                        reservation.status.in(ReservationStatus.ACTIVE),
                        reservation.status.ne(ReservationStatus.HELD).or(reservation.heldUntil.gt(now)),
                        reservation.startsAt.lt(window.end()),
                        reservation.endsAt.gt(window.start()))
                .notExists()
                .and(JPAExpressions.selectOne().from(block)
                        .where(block.courtId.eq(court.id), block.startsAt.lt(window.end()), block.endsAt.gt(window.start()))
                        .notExists());
    }

    private boolean isBookableDuring(CourtMatch match, TimeRange window) {
        try {
            clubs.bookable(match.courtId()).slotsIn(window);
            return true;
        }
        catch (CourtException ex) {
            return false;
        }
    }
}
