package dev.rallypoint.market.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    private final UUID seller = UUID.randomUUID();

    static ListingDetails details(long price) {
        return new ListingDetails("Wilson Pro Staff 97 라켓", "Strung once. <script>alert(1)</script>", Category.RACKET,
                Condition.LIKE_NEW, "Wilson", "Pro Staff 97", price, List.of("https://img.example/1.jpg"), null, "Seoul");
    }

    @Test
    void aNewListingIsOnSaleWithItsTextAsWritten() {
        Listing listing = Listing.offer(seller, details(50_000), clock);

        assertThat(listing.getStatus()).isEqualTo(ListingStatus.ON_SALE);
        assertThat(listing.getDescription()).isEqualTo("Strung once. <script>alert(1)</script>");
        assertThat(listing.isNew()).isTrue();
    }

    @Test
    void answersThePreviousPriceWhenAnEditLowersIt() {
        Listing listing = Listing.offer(seller, details(50_000), clock);

        assertThat(listing.edit(seller, details(40_000), clock)).contains(50_000L);
        assertThat(listing.edit(seller, details(45_000), clock)).isEmpty();
        assertThat(listing.getPrice()).isEqualTo(45_000);
    }

    @Test
    void onlyItsSellerEditsOrWithdrawsIt() {
        Listing listing = Listing.offer(seller, details(50_000), clock);
        UUID stranger = UUID.randomUUID();

        assertThatThrownBy(() -> listing.edit(stranger, details(1), clock)).isInstanceOf(NotListingSeller.class);
        assertThatThrownBy(() -> listing.withdraw(stranger, clock)).isInstanceOf(NotListingSeller.class);
        assertThat(listing.getPrice()).isEqualTo(50_000);
    }

    @Test
    void refusesEditsAndWithdrawalWhileSomebodyIsBuying() {
        Listing listing = Listing.offer(seller, details(50_000), clock);
        listing.reserve(clock);

        assertThatThrownBy(() -> listing.edit(seller, details(1), clock)).isInstanceOf(ListingNotOnSale.class);
        assertThatThrownBy(() -> listing.withdraw(seller, clock)).isInstanceOf(ListingNotOnSale.class);
        assertThatThrownBy(() -> listing.reserve(clock)).isInstanceOf(ListingNotOnSale.class);

        listing.putBackOnSale(clock);
        listing.withdraw(seller, clock);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.WITHDRAWN);
        assertThatThrownBy(() -> listing.reserve(clock)).isInstanceOf(ListingNotOnSale.class);
    }

    @Test
    void aHiddenListingCannotBeReserved() {
        Listing listing = Listing.offer(seller, details(50_000), clock);
        listing.hide("counterfeit", clock);

        assertThatThrownBy(() -> listing.reserve(clock)).isInstanceOf(ListingNotOnSale.class);
        listing.restore(clock);
        listing.reserve(clock);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.RESERVED);
    }

    @Test
    void detailsRefuseWhatBreaksTheRules() {
        List<String> eleven = Collections.nCopies(11, "https://img.example/a.jpg");
        assertThatThrownBy(() -> withPrice(0)).isInstanceOf(InvalidListing.class);
        assertThatThrownBy(() -> withPrice(-5)).isInstanceOf(InvalidListing.class);
        assertThatThrownBy(() -> withPrice(ListingDetails.MAX_PRICE + 1)).isInstanceOf(InvalidListing.class);
        assertThatThrownBy(() -> withImages(eleven)).isInstanceOf(InvalidListing.class);
        assertThatThrownBy(() -> withImages(List.of("http://img.example/a.jpg"))).isInstanceOf(InvalidListing.class);
        assertThatThrownBy(() -> withImages(List.of("javascript:alert(1)"))).isInstanceOf(InvalidListing.class);
        assertThatThrownBy(() -> withImages(List.of("https://img.example/\"onerror=x"))).isInstanceOf(InvalidListing.class);
        assertThatThrownBy(() -> new ListingDetails("  ", "", Category.OTHER, Condition.GOOD, null, null, 1, null, null, null))
                .isInstanceOf(InvalidListing.class);
        assertThatThrownBy(() -> new ListingDetails("t", "x".repeat(5_001), Category.OTHER, Condition.GOOD, null, null, 1,
                null, null, null)).isInstanceOf(InvalidListing.class);
        assertThat(withImages(Collections.nCopies(10, "https://img.example/a.jpg")).images()).hasSize(10);
    }

    private static ListingDetails withPrice(long price) {
        return new ListingDetails("t", "", Category.BALLS, Condition.NEW, null, null, price, null, null, null);
    }

    private static ListingDetails withImages(List<String> images) {
        return new ListingDetails("t", "", Category.BALLS, Condition.NEW, null, null, 10, images, null, null);
    }
}
