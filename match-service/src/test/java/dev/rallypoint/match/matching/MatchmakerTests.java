package dev.rallypoint.match.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.match.matching.Candidate.Player;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchmakerTests {

    static final UUID CLUB = UUID.randomUUID();

    static final UUID OTHER_CLUB = UUID.randomUUID();

    static final Instant T0 = Instant.parse("2026-12-10T09:00:00Z");

    static final Window EVENING = new Window(Instant.parse("2026-12-12T18:00:00Z"), Instant.parse("2026-12-12T21:00:00Z"));

    final Matchmaker matchmaker = new Matchmaker(Duration.ofHours(1), Duration.ofMinutes(30));

    int age;

    @Test
    void pairsTwoSinglesPlayersWhoAcceptEachOther() {
        Candidate a = singles(3.5, 3.0, 4.0);
        Candidate b = singles(3.0, 3.0, 4.0);

        List<Proposal> proposals = matchmaker.match(List.of(a, b));

        assertThat(proposals).singleElement().satisfies(match -> {
            assertThat(match.requests()).containsExactly(a, b);
            assertThat(match.clubId()).isEqualTo(CLUB);
            assertThat(match.slot()).isEqualTo(new Window(EVENING.start(), EVENING.start().plus(Duration.ofHours(1))));
        });
    }

    @Test
    void levelsMustFallWithinBothRanges() {
        Candidate weak = singles(3.0, 3.0, 5.0);
        Candidate picky = singles(3.5, 4.0, 5.0);
        Candidate strong = singles(4.5, 3.0, 5.0);

        assertThat(matchmaker.match(List.of(picky, weak))).isEmpty();
        assertThat(matchmaker.match(List.of(weak, picky, strong))).singleElement()
                .satisfies(match -> assertThat(match.requests()).containsExactly(weak, strong));
    }

    @Test
    void needsAClubBothAcceptAndWindowsSharingASlot() {
        Candidate here = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)), List.of(EVENING), List.of(CLUB));
        Candidate elsewhere = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)), List.of(EVENING),
                List.of(OTHER_CLUB));
        Candidate tooShort = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)),
                List.of(new Window(EVENING.end().minus(Duration.ofMinutes(45)), EVENING.end().plus(Duration.ofHours(2)))),
                List.of(CLUB, OTHER_CLUB));

        assertThat(matchmaker.match(List.of(here, elsewhere, tooShort))).isEmpty();
    }

    @Test
    void theOldestRequestIsServedFirst() {
        Candidate oldest = singles(3.0, 3.0, 4.0);
        Candidate older = singles(3.0, 3.0, 4.0);
        Candidate young = singles(3.0, 3.0, 4.0);
        List<Candidate> shuffled = List.of(young, oldest, older);

        assertThat(matchmaker.match(shuffled)).singleElement()
                .satisfies(match -> assertThat(match.requests()).containsExactly(oldest, older));
    }

    @Test
    void aRequestThatCannotBeServedDoesNotBlockTheYoungerOnes() {
        Candidate lonely = singles(6.5, 6.5, 7.0);
        Candidate a = singles(3.0, 3.0, 4.0);
        Candidate b = singles(3.5, 3.0, 4.0);

        assertThat(matchmaker.match(List.of(lonely, a, b))).singleElement()
                .satisfies(match -> assertThat(match.requests()).containsExactly(a, b));
    }

    @Test
    void balancesDoublesTeamsByLevel() {
        Candidate p1 = doubles(5.0);
        Candidate p2 = doubles(4.5);
        Candidate p3 = doubles(3.0);
        Candidate p4 = doubles(2.5);

        Proposal match = matchmaker.match(List.of(p1, p2, p3, p4)).getFirst();

        assertThat(match.imbalance()).isZero();
        assertThat(levels(match.teamOne())).containsExactlyInAnyOrder(5.0, 2.5);
        assertThat(levels(match.teamTwo())).containsExactlyInAnyOrder(4.5, 3.0);
    }

    @Test
    void keepsAPairThatAskedTogetherOnOneTeam() {
        Player strong = new Player(UUID.randomUUID(), 5.0);
        Player alsoStrong = new Player(UUID.randomUUID(), 4.5);
        Candidate pair = candidate(GameType.DOUBLES, List.of(strong, alsoStrong), List.of(EVENING), List.of(CLUB));
        Candidate p3 = doubles(3.0);
        Candidate p4 = doubles(2.5);

        Proposal match = matchmaker.match(List.of(pair, p3, p4)).getFirst();

        assertThat(match.teamOne()).containsExactlyInAnyOrder(strong, alsoStrong);
    }

    @Test
    void windowsAreRealTimeAcrossADaylightSavingChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 01:00-03:30 local on the night clocks jump from 02:00 to 03:00: only 1.5 hours really pass
        Window night = Window.local(LocalDateTime.parse("2026-03-29T01:00"), LocalDateTime.parse("2026-03-29T03:30"), berlin);
        Candidate a = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)), List.of(night), List.of(CLUB));
        Candidate b = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)), List.of(night), List.of(CLUB));

        assertThat(night.length()).isEqualTo(Duration.ofMinutes(90));
        assertThat(new Matchmaker(Duration.ofHours(2), Duration.ofMinutes(30)).match(List.of(a, b))).isEmpty();
        assertThat(new Matchmaker(Duration.ofMinutes(90), Duration.ofMinutes(30)).match(List.of(a, b))).singleElement()
                .satisfies(match -> assertThat(match.slot().start()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z")));
    }

    @Test
    void startsOnTheNextAlignedTime() {
        Window late = new Window(Instant.parse("2026-12-12T18:10:00Z"), Instant.parse("2026-12-12T19:40:00Z"));
        Candidate a = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)), List.of(late), List.of(CLUB));
        Candidate b = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)), List.of(late), List.of(CLUB));

        assertThat(matchmaker.match(List.of(a, b)).getFirst().slot().start()).isEqualTo(Instant.parse("2026-12-12T18:30:00Z"));
    }

    @Test
    void offersEachStartAtEverySharedClubInTheAnchorsOrderThenTheNextStartsUpToTheLimit() {
        UUID third = UUID.randomUUID();
        Window early = new Window(Instant.parse("2026-12-12T16:10:00Z"), Instant.parse("2026-12-12T17:40:00Z"));
        Candidate anchor = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)), List.of(EVENING, early),
                List.of(OTHER_CLUB, third, CLUB));
        Candidate other = candidate(GameType.SINGLES, List.of(new Player(UUID.randomUUID(), 3.0)), List.of(early, EVENING),
                List.of(CLUB, OTHER_CLUB));

        Proposal proposal = new Matchmaker(Duration.ofHours(1), Duration.ofMinutes(30), 5).match(List.of(anchor, other))
                .getFirst();

        assertThat(proposal.courtTimes()).containsExactly(
                courtTime(OTHER_CLUB, "2026-12-12T16:30:00Z"), courtTime(CLUB, "2026-12-12T16:30:00Z"),
                courtTime(OTHER_CLUB, "2026-12-12T18:00:00Z"), courtTime(CLUB, "2026-12-12T18:00:00Z"),
                courtTime(OTHER_CLUB, "2026-12-12T18:30:00Z"));
        assertThat(proposal.clubId()).isEqualTo(OTHER_CLUB);
        assertThat(proposal.slot().start()).isEqualTo(Instant.parse("2026-12-12T16:30:00Z"));
        assertThat(proposal.at(proposal.courtTimes().get(3)).courtTimes()).containsExactly(courtTime(CLUB, "2026-12-12T18:00:00Z"));
        assertThat(matchmaker.match(List.of(anchor, other)).getFirst().courtTimes()).as("one court time by default")
                .containsExactly(courtTime(OTHER_CLUB, "2026-12-12T16:30:00Z"));
    }

    @Test
    void neverPutsARequestInTwoMatches() {
        List<Candidate> open = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            open.add(i % 3 == 0 ? doubles(3.0 + (i % 4) * 0.5) : singles(3.0 + (i % 3) * 0.5, 3.0, 4.5));
        }

        List<Proposal> proposals = matchmaker.match(open);

        Set<UUID> seen = new HashSet<>();
        proposals.forEach(match -> match.requests().forEach(request -> assertThat(seen.add(request.requestId())).isTrue()));
        assertThat(proposals).allSatisfy(match -> assertThat(match.teamOne().size() + match.teamTwo().size())
                .isEqualTo(match.gameType().players()));
        assertThat(seen).hasSizeGreaterThan(290);
    }

    private Candidate singles(double level, double min, double max) {
        return new Candidate(UUID.randomUUID(), GameType.SINGLES, List.of(new Player(UUID.randomUUID(), level)), min, max,
                List.of(EVENING), List.of(CLUB), T0.plusSeconds(age++));
    }

    private Candidate doubles(double level) {
        return candidate(GameType.DOUBLES, List.of(new Player(UUID.randomUUID(), level)), List.of(EVENING), List.of(CLUB));
    }

    private Candidate candidate(GameType type, List<Player> players, List<Window> windows, List<UUID> clubs) {
        return new Candidate(UUID.randomUUID(), type, players, 1.0, 7.0, windows, clubs, T0.plusSeconds(age++));
    }

    private static CourtTime courtTime(UUID club, String start) {
        Instant at = Instant.parse(start);
        return new CourtTime(club, new Window(at, at.plus(Duration.ofHours(1))));
    }

    private static List<Double> levels(List<Player> team) {
        return team.stream().map(Player::level).toList();
    }
}
