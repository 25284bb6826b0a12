package dev.rallypoint.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The market's notification texts render with grouped numbers, in Korean and English. */
class MarketTemplatesTests {

    final Templates templates = new Templates();

    @Test
    void writesTheSellersPayoutInEnglish() {
        assertThat(templates.render("market.trade-completed.seller", List.of("Pure Aero", 30_000L), Locale.ENGLISH,
                ZoneId.of("UTC")).body()).isEqualTo("The trade for Pure Aero is complete: 30,000 points are paid to you.");
    }

    @Test
    void writesAPriceDropInKorean() {
        Templates.Text text = templates.render("market.price-dropped", List.of("윌슨 라켓", 120_000L, 90_000L), Locale.KOREAN,
                ZoneId.of("Asia/Seoul"));

        assertThat(text.title()).isEqualTo("찜한 상품의 가격이 내려갔습니다");
        assertThat(text.body()).isEqualTo("윌슨 라켓: 120,000 → 90,000 포인트");
    }
}
