package dev.rallypoint.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The texts of a match's split payment render in Korean and English, without Spring. */
class MatchPaymentTemplatesTests {

    final Templates templates = new Templates();

    @Test
    void aPaidMatchShowsTheCourtsPriceGrouped() {
        Templates.Text korean = templates.render("match.paid", List.of(40_000L), Locale.KOREAN, ZoneId.of("Asia/Seoul"));
        Templates.Text english = templates.render("match.paid", List.of(40_000L), Locale.ENGLISH, ZoneId.of("UTC"));

        assertThat(korean.title()).isEqualTo("매치 코트 예약이 확정되었습니다");
        assertThat(korean.body()).contains("40,000 포인트");
        assertThat(english.body()).isEqualTo(
                "Every player paid their share: the court is booked. You split 40,000 points between you.");
    }

    @Test
    void everyPaymentFailureTextRendersInEnglish() {
        assertThat(templates.render("match.payment-failed.unpaid", List.of(), Locale.ENGLISH, ZoneId.of("UTC")).body())
                .startsWith("Your share could not be paid").endsWith("confirm again before the deadline.");
        assertThat(templates.render("match.payment-failed.others", List.of(), Locale.ENGLISH, ZoneId.of("UTC")).body())
                .startsWith("The share of another player was declined.");
    }
}
