package dev.rallypoint.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Notification texts in Korean by default and in English, instants in the member's zone, without Spring. */
class TemplatesTests {

    final Templates templates = new Templates();

    @Test
    void writesKoreanWithLocalTimesAndGroupedNumbers() {
        Templates.Text text = templates.render("reservation.confirmed", List.of(Instant.parse("2026-06-01T01:00:00Z"),
                Instant.parse("2026-06-01T02:00:00Z"), 20_000L), Locale.KOREAN, ZoneId.of("Asia/Seoul"));

        assertThat(text.title()).isEqualTo("코트 예약이 확정되었습니다");
        assertThat(text.body()).contains("10:00").contains("11:00").contains("20,000");
    }

    @Test
    void writesEnglishForMembersWhoChoseIt() {
        Templates.Text text = templates.render("refund.completed", List.of(5_000L, 12_500L), Locale.ENGLISH,
                ZoneId.of("UTC"));

        assertThat(text.title()).isEqualTo("Points refunded");
        assertThat(text.body()).isEqualTo("5,000 points were refunded. Your balance: 12,500 points.");
    }

    @Test
    void aNoShowSaysWhatIsRefundedAndWhatTheClubKeeps() {
        Templates.Text text = templates.render("reservation.no-show", List.of(Instant.parse("2026-06-01T01:00:00Z"),
                7_000L, 3_000L), Locale.ENGLISH, ZoneId.of("Asia/Seoul"));

        assertThat(text.title()).isEqualTo("Marked as a no-show");
        assertThat(text.body()).contains("10:00").contains("Refund: 7,000 points").contains("keeps 3,000 points");
    }

    @Test
    void freeTextArgumentsAreShownAsWritten() {
        Templates.Text text = templates.render("announcement", List.of("Don't miss {0}", "It's 'quoted'"),
                Locale.KOREAN, ZoneId.of("Asia/Seoul"));

        assertThat(text.title()).isEqualTo("Don't miss {0}");
        assertThat(text.body()).isEqualTo("It's 'quoted'");
    }

    @Test
    void everyKoreanTemplateHasItsEnglishTwin() throws Exception {
        java.util.Properties korean = new java.util.Properties();
        java.util.Properties english = new java.util.Properties();
        korean.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/notification-templates.properties"),
                java.nio.charset.StandardCharsets.UTF_8));
        english.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/notification-templates_en.properties"),
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(english.stringPropertyNames()).isEqualTo(korean.stringPropertyNames());
    }
}
