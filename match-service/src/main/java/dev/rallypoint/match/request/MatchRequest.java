package dev.rallypoint.match.request;

import dev.rallypoint.match.matching.Candidate;
import dev.rallypoint.match.matching.GameType;
import dev.rallypoint.match.matching.Window;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A player's request for a match (with their partner when a doubles pair asks together). Open until the
 * matcher puts it in a match, the player or partner cancels it, or all its windows pass.
 */
@Entity
@Table(name = "match_request")
public class MatchRequest {

    @Id
    private UUID id;

    private UUID playerId;

    private UUID partnerId;

    @Enumerated(EnumType.STRING)
    private GameType gameType;

    private BigDecimal level;

    private BigDecimal partnerLevel;

    private BigDecimal minLevel;

    private BigDecimal maxLevel;

    private String zone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "club_ids", columnDefinition = "uuid[]")
    private UUID[] clubIds;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private UUID matchId;

    private Instant createdAt;

    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "match_request_window", joinColumns = @JoinColumn(name = "request_id"))
    private List<PlayerWindow> windows = new ArrayList<>();

    @Version
    private Long version;

    protected MatchRequest() {
    }

    static MatchRequest ask(UUID id, UUID playerId, MatchTerms terms, Clock clock) {
        MatchRequest request = new MatchRequest();
        request.id = id;
        request.playerId = playerId;
        request.partnerId = terms.partnerId();
        request.gameType = terms.gameType();
        request.level = terms.level();
        request.partnerLevel = terms.partnerLevel();
        request.minLevel = terms.minLevel();
        request.maxLevel = terms.maxLevel();
        request.zone = terms.zone().getId();
        request.clubIds = terms.clubIds().toArray(UUID[]::new);
        request.status = RequestStatus.OPEN;
        request.createdAt = clock.instant();
        for (UUID player : request.players()) {
            terms.windows().forEach(window -> request.windows.add(new PlayerWindow(player, window.start(), window.end(), true)));
        }
        return request;
    }

    /** Withdraws the request; only its player or partner may, and only while it is open. */
    void cancel(Clock clock) {
        close(RequestStatus.CANCELLED, clock);
    }

    /** The matcher put the request in a match. */
    void matched(UUID match, Clock clock) {
        close(RequestStatus.MATCHED, clock);
        this.matchId = match;
    }

    /**
     * Its match fell through without its players' fault: open again, keeping its age, so it is served before
     * younger requests. A window that now overlaps another open request of the same player stays closed.
     */
    void reopen(Predicate<PlayerWindow> free) {
        if (status != RequestStatus.MATCHED) {
            throw new RequestNotOpen(id);
        }
        status = RequestStatus.OPEN;
        matchId = null;
        closedAt = null;
        windows.replaceAll(window -> free.test(window) ? window.reopened() : window);
    }

    /** Its match fell through because one of its players declined or did not confirm in time. */
    void withdrawnFromMatch(Clock clock) {
        if (status != RequestStatus.MATCHED) {
            throw new RequestNotOpen(id);
        }
        status = RequestStatus.CANCELLED;
        matchId = null;
        closedAt = clock.instant();
    }

    private void close(RequestStatus to, Clock clock) {
        if (status != RequestStatus.OPEN) {
            throw new RequestNotOpen(id);
        }
        status = to;
        closedAt = clock.instant();
        windows.replaceAll(PlayerWindow::closed);
    }

    boolean concerns(UUID player) {
        return playerId.equals(player) || player.equals(partnerId);
    }

    /** The request as the matching algorithm sees it, with only the windows still ahead of {@code from}. */
    Candidate candidate(Instant from) {
        List<Candidate.Player> players = partnerId == null
                ? List.of(new Candidate.Player(playerId, level.doubleValue()))
                : List.of(new Candidate.Player(playerId, level.doubleValue()),
                        new Candidate.Player(partnerId, partnerLevel.doubleValue()));
        List<Window> ahead = windows().stream()
                .filter(window -> window.end().isAfter(from))
                .map(window -> window.start().isBefore(from) ? new Window(from, window.end()) : window)
                .toList();
        return new Candidate(id, gameType, players, minLevel.doubleValue(), maxLevel.doubleValue(), ahead, clubIds(),
                createdAt);
    }

    List<UUID> players() {
        return partnerId == null ? List.of(playerId) : List.of(playerId, partnerId);
    }

    /** The request's windows (the partner's rows repeat them). */
    public List<Window> windows() {
        return windows.stream()
                .filter(window -> window.playerId().equals(playerId))
                .map(window -> new Window(window.startsAt(), window.endsAt()))
                .sorted(Comparator.comparing(Window::start))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public UUID playerId() {
        return playerId;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public GameType gameType() {
        return gameType;
    }

    public BigDecimal level() {
        return level;
    }

    public BigDecimal partnerLevel() {
        return partnerLevel;
    }

    public BigDecimal minLevel() {
        return minLevel;
    }

    public BigDecimal maxLevel() {
        return maxLevel;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public List<UUID> clubIds() {
        return Stream.of(clubIds).toList();
    }

    public RequestStatus status() {
        return status;
    }

    public UUID matchId() {
        return matchId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "MatchRequest[" + id + " " + gameType + " " + status + " clubs " + Arrays.toString(clubIds) + "]";
    }
}
