package dev.rallypoint.match.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Forms matches from open requests, with no framework and no database: the rules in one place.
 *
 * <p>Requests are served oldest first. The oldest request not yet served anchors a group; the other
 * requests of its game type join it in age order when every player of the group accepts every newcomer's
 * level and the newcomer accepts theirs, a club is acceptable to all and their windows still share at
 * least one slot. A group with the players its game type needs becomes a match on the first shared club in
 * the anchor's order of preference, at the earliest aligned start of the shared windows; when no court is free
 * there, up to {@code courtTimes} alternatives are offered in order: the same start at the other shared clubs,
 * then the next aligned starts inside the shared windows. A request that
 * cannot be served stays open; the next oldest becomes the anchor. Doubles teams are split to make their
 * summed levels as even as possible, a pair asking together staying together.
 *
 * <p>Greedy by design: the oldest request is never passed over for a younger one that it could play with,
 * which is the fairness the product promises; the cost is that a group is not searched for the best
 * possible combination. Instances are immutable and thread-safe.
 */
public final class Matchmaker {

    private static final Comparator<Candidate> OLDEST_FIRST = Comparator.comparing(Candidate::createdAt)
            .thenComparing(Candidate::requestId);

    private final Duration slot;

    private final Duration alignment;

    private final int courtTimes;

    /** A matchmaker that proposes one court time per match. */
    public Matchmaker(Duration slot, Duration alignment) {
        this(slot, alignment, 1);
    }

    /**
     * @param slot how long a match lasts, so how much windows must share
     * @param alignment match starts fall on multiples of this since the epoch (court slots do)
     * @param courtTimes how many club and start combinations a proposal offers at most, the first included
     */
    public Matchmaker(Duration slot, Duration alignment, int courtTimes) {
        if (slot.isNegative() || slot.isZero() || alignment.isNegative() || alignment.isZero()) {
            throw new IllegalArgumentException("Slot and alignment are positive");
        }
        if (courtTimes < 1) {
            throw new IllegalArgumentException("A proposal offers at least one court time");
        }
        this.slot = slot;
        this.alignment = alignment;
        this.courtTimes = courtTimes;
    }

    /** The matches the open requests make; each request is in at most one of them. */
    public List<Proposal> match(List<Candidate> open) {
        List<Candidate> queue = new ArrayList<>(open);
        queue.sort(OLDEST_FIRST);
        boolean[] served = new boolean[queue.size()];
        List<Proposal> proposals = new ArrayList<>();
        for (int anchor = 0; anchor < queue.size(); anchor++) {
            if (served[anchor]) {
                continue;
            }
            Group group = new Group(queue.get(anchor));
            List<Integer> members = new ArrayList<>(List.of(anchor));
            for (int next = anchor + 1; next < queue.size() && !group.full(); next++) {
                if (!served[next] && group.admit(queue.get(next))) {
                    members.add(next);
                }
            }
            if (group.full()) {
                members.forEach(index -> served[index] = true);
                proposals.add(group.propose());
            }
        }
        return proposals;
    }

    /** The group an anchor gathers, with what its members still share. */
    private final class Group {

        private final List<Candidate> requests = new ArrayList<>();

        private final GameType type;

        private List<UUID> clubs;

        private List<Window> windows;

        private int players;

        Group(Candidate anchor) {
            type = anchor.gameType();
            clubs = anchor.clubs();
            windows = anchor.windows().stream().filter(this::fitsASlot).toList();
            requests.add(anchor);
            players = anchor.players().size();
        }

        boolean full() {
            return players == type.players() && !windows.isEmpty() && !clubs.isEmpty();
        }

        boolean admit(Candidate candidate) {
            if (candidate.gameType() != type || players + candidate.players().size() > type.players()) {
                return false;
            }
            if (!requests.stream().allMatch(member -> member.mutuallyAccepts(candidate))) {
                return false;
            }
            List<UUID> sharedClubs = clubs.stream().filter(candidate.clubs()::contains).toList();
            if (sharedClubs.isEmpty()) {
                return false;
            }
            List<Window> sharedWindows = shared(windows, candidate.windows());
            if (sharedWindows.isEmpty()) {
                return false;
            }
            requests.add(candidate);
            players += candidate.players().size();
            clubs = sharedClubs;
            windows = sharedWindows;
            return true;
        }

        Proposal propose() {
            List<CourtTime> times = courtTimes();
            if (type == GameType.SINGLES) {
                return new Proposal(type, times, requests, requests.get(0).players(), requests.get(1).players());
            }
            return balanced(times);
        }

        /** Aligned starts in the shared windows, earliest first, each at every shared club in turn; at most the limit. */
        private List<CourtTime> courtTimes() {
            List<CourtTime> times = new ArrayList<>();
            for (Window window : windows.stream().sorted(Comparator.comparing(Window::start)).toList()) {
                for (Instant start = aligned(window.start()); !start.plus(slot).isAfter(window.end());
                        start = start.plus(alignment)) {
                    for (UUID club : clubs) {
                        times.add(new CourtTime(club, new Window(start, start.plus(slot))));
                        if (times.size() == courtTimes) {
                            return times;
                        }
                    }
                }
            }
            return times;
        }

        /** The split of four players into two teams with the most even summed levels, pairs kept together. */
        private Proposal balanced(List<CourtTime> times) {
            List<Candidate.Player> all = new ArrayList<>();
            List<Integer> unit = new ArrayList<>();
            for (int index = 0; index < requests.size(); index++) {
                for (Candidate.Player player : requests.get(index).players()) {
                    all.add(player);
                    unit.add(index);
                }
            }
            Proposal best = null;
            for (int mate = 1; mate < 4; mate++) {
                List<Candidate.Player> one = List.of(all.get(0), all.get(mate));
                List<Candidate.Player> two = new ArrayList<>();
                for (int index = 1; index < 4; index++) {
                    if (index != mate) {
                        two.add(all.get(index));
                    }
                }
                if (splitsAPair(unit, mate)) {
                    continue;
                }
                Proposal candidate = new Proposal(type, times, requests, one, two);
                if (best == null || candidate.imbalance() < best.imbalance()) {
                    best = candidate;
                }
            }
            return best;
        }

        /** Whether putting player 0 with player {@code mate} separates two players who asked together. */
        private static boolean splitsAPair(List<Integer> unit, int mate) {
            for (int a = 0; a < 4; a++) {
                for (int b = a + 1; b < 4; b++) {
                    boolean sameTeam = (a == 0 || a == mate) == (b == 0 || b == mate);
                    if (unit.get(a).equals(unit.get(b)) && !sameTeam) {
                        return true;
                    }
                }
            }
            return false;
        }

        private List<Window> shared(List<Window> ours, List<Window> theirs) {
            List<Window> shared = new ArrayList<>();
            for (Window mine : ours) {
                for (Window other : theirs) {
                    mine.intersect(other).filter(this::fitsASlot).ifPresent(shared::add);
                }
            }
            return shared;
        }

        private boolean fitsASlot(Window window) {
            return !aligned(window.start()).plus(slot).isAfter(window.end());
        }
    }

    private Instant aligned(Instant instant) {
        long step = alignment.toMillis();
        long millis = instant.toEpochMilli();
        long up = Math.ceilDiv(millis, step) * step;
        return Instant.ofEpochMilli(up);
    }
}
