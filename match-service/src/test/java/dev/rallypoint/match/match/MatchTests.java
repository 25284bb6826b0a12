package dev.rallypoint.match.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.match.MatchFormed;
import dev.rallypoint.common.event.match.MatchResultRecorded;
import dev.rallypoint.match.matching.Candidate;
import dev.rallypoint.match.matching.GameType;
import dev.rallypoint.match.matching.Proposal;
import dev.rallypoint.match.matching.Window;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A match's results without Spring: agreeing reports record, differing ones dispute, an admin settles. */
class MatchTests {

    static final Instant START = Instant.parse("2026-12-12T09:00:00Z");

    final Candidate.Player ann = new Candidate.Player(UUID.randomUUID(), 3.5);

    final Candidate.Player bob = new Candidate.Player(UUID.randomUUID(), 3.0);

    final Score annWins = new Score(List.of(new Score.Set(6, 4), new Score.Set(3, 6), new Score.Set(7, 5)));

    @Test
    void formingAnnouncesTheMatchWithItsTeams() {
        Match match = singles(START.minusSeconds(60));

        assertThat(events(match)).singleElement().isInstanceOfSatisfying(MatchFormed.class, formed -> {
            assertThat(formed.teamOne()).containsExactly(ann.id());
            assertThat(formed.teamTwo()).containsExactly(bob.id());
            assertThat(formed.startsAt()).isEqualTo(START);
        });
    }

    @Test
    void twoAgreeingReportsRecordTheResult() {
        Match match = singles(START.minusSeconds(60));
        Clock after = Clock.fixed(START.plus(Duration.ofHours(2)), ZoneOffset.UTC);

        assertThat(match.report(ann.id(), annWins, after)).isFalse();
        assertThat(match.report(bob.id(), annWins, after)).isTrue();

        assertThat(match.status()).isEqualTo(MatchStatus.RECORDED);
        assertThat(match.winner()).isEqualTo(1);
        assertThat(match.score()).isEqualTo("6-4 3-6 7-5");
        assertThat(events(match)).last().isInstanceOfSatisfying(MatchResultRecorded.class, recorded -> {
            assertThat(recorded.winners()).containsExactly(ann.id());
            assertThat(recorded.losers()).containsExactly(bob.id());
        });
        assertThatThrownBy(() -> match.report(bob.id(), annWins, after)).isInstanceOf(ResultAlreadyRecorded.class);
    }

    @Test
    void differingReportsDisputeUntilAnAdminSettles() {
        Match match = singles(START.minusSeconds(60));
        Clock after = Clock.fixed(START.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        Score bobWins = new Score(List.of(new Score.Set(4, 6), new Score.Set(4, 6)));

        match.report(ann.id(), annWins, after);
        match.report(bob.id(), bobWins, after);
        assertThat(match.status()).isEqualTo(MatchStatus.DISPUTED);

        match.settle(bobWins, after);
        assertThat(match.status()).isEqualTo(MatchStatus.RECORDED);
        assertThat(match.winner()).isEqualTo(2);
    }

    @Test
    void noResultBeforeTheMatchStarts() {
        Match match = singles(START.minusSeconds(60));

        assertThatThrownBy(() -> match.report(ann.id(), annWins, Clock.fixed(START.minusSeconds(1), ZoneOffset.UTC)))
                .isInstanceOf(NotPlayedYet.class);
    }

    @Test
    void aScoreIsATennisScore() {
        assertThatThrownBy(() -> new Score.Set(6, 6)).isInstanceOf(InvalidScore.class);
        assertThatThrownBy(() -> new Score.Set(8, 6)).isInstanceOf(InvalidScore.class);
        assertThatThrownBy(() -> new Score(List.of(new Score.Set(6, 4), new Score.Set(4, 6)))).isInstanceOf(InvalidScore.class);
        assertThatThrownBy(() -> new Score(List.of())).isInstanceOf(InvalidScore.class);
        assertThat(Score.parse("6-4 3-6 7-5")).isEqualTo(annWins);
    }

    private Match singles(Instant now) {
        Candidate a = new Candidate(UUID.randomUUID(), GameType.SINGLES, List.of(ann), 1.0, 7.0,
                List.of(new Window(START, START.plus(Duration.ofHours(3)))), List.of(UUID.randomUUID()), now);
        Candidate b = new Candidate(UUID.randomUUID(), GameType.SINGLES, List.of(bob), 1.0, 7.0, a.windows(), a.clubs(), now);
        Proposal proposal = new Proposal(GameType.SINGLES, a.clubs().getFirst(), new Window(START, START.plus(Duration.ofHours(1))),
                List.of(a, b), List.of(ann), List.of(bob));
        return Match.form(proposal, Clock.fixed(now, ZoneOffset.UTC));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> events(Match match) {
        return List.copyOf((java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(match, "domainEvents"));
    }
}
