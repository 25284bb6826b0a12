package dev.rallypoint.match.court;

import dev.rallypoint.common.identity.Role;
import dev.rallypoint.support.security.Caller;
import feign.FeignException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * What court-service lets the caller use — a court reservation (their own, or for a court manager one at a
 * club they run), the clubs a manager runs — and the clubs of a region. court-service decides, with the
 * caller's own token; match-service trusts no id it was merely told.
 */
@Component
public class CourtAccess {

    private static final Logger log = LoggerFactory.getLogger(CourtAccess.class);

    private final CallerCourtClient court;

    private final Object firstCall = new Object();

    private volatile boolean warmedUp;

    CourtAccess(CallerCourtClient court) {
        this.court = court;
    }

    /** A reservation the caller holds or, as a manager, runs the club of. */
    public record Usable(UUID id, UUID clubId, UUID courtId, UUID memberId, Instant startsAt, Instant endsAt,
            boolean held, boolean confirmed, boolean managed) {
    }

    /** The reservation if court-service shows it to the caller; empty when it does not (404). */
    public Optional<Usable> visibleTo(Caller caller, UUID reservationId) {
        String authorization = "Bearer " + callerToken();
        Optional<Usable> own = read(() -> court.own(authorization, reservationId), false);
        if (own.isPresent() || !caller.has(Role.COURT_MANAGER)) {
            return own;
        }
        return read(() -> court.managed(authorization, reservationId), true);
    }

    /** Whether court-service shows the caller as a manager of the club (an admin manages every club). */
    public boolean manages(UUID clubId) {
        String authorization = "Bearer " + callerToken();
        try {
            CallerCourtClient.ManagedClub club = warmedUp ? court.managedClub(authorization, clubId)
                    : first(() -> court.managedClub(authorization, clubId));
            return club != null && clubId.equals(club.id());
        }
        catch (FeignException.NotFound | FeignException.Forbidden ex) {
            return false;
        }
        catch (RuntimeException ex) {
            log.warn("court-service did not show club: {}", ex.toString());
            throw new CourtUnavailable();
        }
    }

    /** The ids of the clubs court-service lists in the region, at most {@code limit} of them. */
    public Set<UUID> clubsIn(String region, int limit) {
        String authorization = "Bearer " + callerToken();
        Set<UUID> clubs = new LinkedHashSet<>();
        try {
            for (int page = 0; clubs.size() < limit; page++) {
                int at = page;
                CallerCourtClient.ClubPage listed = warmedUp ? court.clubs(authorization, region, at, 100)
                        : first(() -> court.clubs(authorization, region, at, 100));
                listed.content().stream().limit(limit - clubs.size()).forEach(club -> clubs.add(club.id()));
                if (page + 1 >= listed.totalPages()) {
                    break;
                }
            }
            return clubs;
        }
        catch (RuntimeException ex) {
            log.warn("court-service did not list the clubs of a region: {}", ex.toString());
            throw new CourtUnavailable();
        }
    }

    private Optional<Usable> read(Supplier<CallerCourtClient.Reservation> call, boolean managed) {
        try {
            CallerCourtClient.Reservation reservation = warmedUp ? call.get() : first(call);
            return Optional.of(new Usable(reservation.id(), reservation.clubId(), reservation.courtId(),
                    reservation.memberId(), reservation.startsAt(), reservation.endsAt(), "HELD".equals(reservation.status()),
                    "CONFIRMED".equals(reservation.status()), managed));
        }
        catch (FeignException.NotFound | FeignException.Forbidden ex) {
            return Optional.empty();
        }
        catch (RuntimeException ex) {
            log.warn("court-service did not show reservation: {}", ex.toString());
            throw new CourtUnavailable();
        }
    }

    /** The client's converters are set up lazily by its first call (spring-cloud-openfeign#1307): it goes alone. */
    private <T> T first(Supplier<T> call) {
        synchronized (firstCall) {
            try {
                return call.get();
            }
            finally {
                warmedUp = true;
            }
        }
    }

    private static String callerToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new IllegalStateException("no caller token");
    }
}
