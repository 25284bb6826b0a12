package dev.rallypoint.match.matching;

import dev.rallypoint.match.matching.Candidate.Player;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * How long the matching algorithm takes over 10,000 open requests across 20 clubs: a plain {@code main},
 * not a test (the build compiles it and never runs it). Requests: 70 % singles, 30 % doubles (a tenth of
 * those as pairs), NTRP 2.0 to 5.0 accepting about a level either side, one to three clubs each, one or
 * two evening windows of two to three hours over the next seven days in Asia/Seoul.
 *
 * <p>Run: {@code ./mvnw -q -pl match-service -am test-compile} then
 * {@code java -cp "match-service/target/test-classes:match-service/target/classes:$(cat cp.txt)"
 * dev.rallypoint.match.matching.MatchmakerBenchmark} (class path from {@code dependency:build-classpath}).
 * Prints the time of the fifth of five runs, matches formed and requests left open.
 */
public final class MatchmakerBenchmark {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private MatchmakerBenchmark() {
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clubCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Candidate> open = generate(requests, clubCount, new Random(42));
        Matchmaker matchmaker = new Matchmaker(Duration.ofHours(1), Duration.ofMinutes(30));
        List<Proposal> proposals = List.of();
        long nanos = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            proposals = matchmaker.match(open);
            nanos = System.nanoTime() - start;
        }
        long served = proposals.stream().mapToLong(proposal -> proposal.requests().size()).sum();
        System.out.printf("%d requests, %d clubs: %d matches, %d requests served, %d left open, %.1f ms (%.1f us per request)%n",
                requests, clubCount, proposals.size(), served, requests - served, nanos / 1e6, nanos / 1e3 / requests);
    }

    static List<Candidate> generate(int count, int clubCount, Random random) {
        List<UUID> clubs = new ArrayList<>();
        for (int i = 0; i < clubCount; i++) {
            clubs.add(UUID.randomUUID());
        }
        LocalDate today = LocalDate.now(SEOUL);
        Instant created = Instant.now().minus(Duration.ofDays(1));
        List<Candidate> open = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GameType type = random.nextInt(10) < 7 ? GameType.SINGLES : GameType.DOUBLES;
            double level = 2.0 + random.nextInt(7) * 0.5;
            List<Player> players = new ArrayList<>(List.of(new Player(UUID.randomUUID(), level)));
            if (type == GameType.DOUBLES && random.nextInt(10) == 0) {
                players.add(new Player(UUID.randomUUID(), level));
            }
            List<UUID> accepted = new ArrayList<>();
            int wanted = 1 + random.nextInt(3);
            while (accepted.size() < wanted) {
                UUID club = clubs.get(random.nextInt(clubCount));
                if (!accepted.contains(club)) {
                    accepted.add(club);
                }
            }
            List<Window> windows = new ArrayList<>();
            LocalDate day = today.plusDays(1 + random.nextInt(7));
            LocalTime from = LocalTime.of(17 + random.nextInt(3), random.nextBoolean() ? 0 : 30);
            windows.add(Window.local(day.atTime(from), day.atTime(from).plusMinutes(120 + 30L * random.nextInt(3)), SEOUL));
            if (random.nextBoolean()) {
                LocalDate other = day.plusDays(1);
                windows.add(Window.local(other.atTime(18, 0), other.atTime(21, 0), SEOUL));
            }
            open.add(new Candidate(UUID.randomUUID(), type, players, level - 1.0, level + 1.0, windows, accepted,
                    created.plusMillis(i)));
        }
        return open;
    }
}
