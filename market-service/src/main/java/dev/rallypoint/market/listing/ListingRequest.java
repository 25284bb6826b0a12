package dev.rallypoint.market.listing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A listing as its seller writes it, to offer or to replace what it says.
 *
 * @param price in points, positive
 * @param images HTTPS URLs of photos, at most 10
 * @param clubId the club where the gear can be handed over, if any
 */
record ListingRequest(
        @NotBlank @Size(max = ListingDetails.MAX_TITLE) String title,
        @NotNull @Size(max = ListingDetails.MAX_DESCRIPTION) String description,
        @NotNull Category category,
        @NotNull Condition condition,
        @Size(max = ListingDetails.MAX_NAME) String brand,
        @Size(max = ListingDetails.MAX_NAME) String model,
        @NotNull @Positive @Max(ListingDetails.MAX_PRICE) Long price,
        @Size(max = ListingDetails.MAX_IMAGES) List<@NotNull @Size(max = ListingDetails.MAX_URL)
                @Pattern(regexp = ListingDetails.IMAGE_URL, message = "must be an https:// URL") String> images,
        UUID clubId,
        @Size(max = ListingDetails.MAX_NAME) String area) {
}
