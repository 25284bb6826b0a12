package dev.rallypoint.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The texts of a confirmed and a cancelled match render in Korean and English, without Spring. */
class MatchTemplatesTests {

    final Templates templates = new Templates();

    @Test
    void aConfirmedMatchShowsItsLocalStart() {
        Templates.Text text = templates.render("match.confirmed", List.of(Instant.parse("2026-12-12T09:00:00Z")),
                Locale.KOREAN, ZoneId.of("Asia/Seoul"));

        assertThat(text.title()).isEqualTo("매치가 확정되었습니다");
        assertThat(text.body()).contains("2026. 12. 12.").contains("6:00");
    }

    @Test
    void everyCancellationTextRendersInEnglish() {
        assertThat(templates.render("match.cancelled.declined", List.of(), Locale.ENGLISH, ZoneId.of("UTC")).body())
                .isEqualTo("A player declined the match. Your request is back at the front of the queue.");
        assertThat(templates.render("match.cancelled.timed-out", List.of(), Locale.ENGLISH, ZoneId.of("UTC")).body())
                .startsWith("Not every player confirmed in time.");
        assertThat(templates.render("match.cancelled.responsible", List.of(), Locale.ENGLISH, ZoneId.of("UTC")).body())
                .endsWith("your request is closed.");
    }
}
