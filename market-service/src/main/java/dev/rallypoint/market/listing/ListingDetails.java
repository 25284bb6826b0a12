package dev.rallypoint.market.listing;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a seller says about the gear, checked whoever builds it. Text is kept exactly as written and only
 * ever served as JSON text, never as HTML.
 *
 * @param price in points, at least 1 and at most {@link #MAX_PRICE}
 * @param images HTTPS URLs of photos hosted elsewhere, at most {@link #MAX_IMAGES}
 * @param clubId the club where the gear can be handed over, if any
 * @param area a free-text area (e.g. a district), if any
 */
public record ListingDetails(String title, String description, Category category, Condition condition, String brand,
        String model, long price, List<String> images, UUID clubId, String area) {

    public static final int MAX_TITLE = 100;

    public static final int MAX_DESCRIPTION = 5_000;

    public static final int MAX_NAME = 60;

    public static final int MAX_IMAGES = 10;

    public static final int MAX_URL = 2_000;

    public static final long MAX_PRICE = 100_000_000L;

    /** An {@code https://} URL with a host and nothing that could break out of an attribute. */
    public static final String IMAGE_URL = "^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\\s<>\"'`\\\\]*)?$";

    private static final Pattern IMAGE_URL_PATTERN = Pattern.compile(IMAGE_URL);

    public ListingDetails {
        title = Objects.requireNonNullElse(title, "").strip();
        description = Objects.requireNonNullElse(description, "");
        brand = blankToNull(brand);
        model = blankToNull(model);
        area = blankToNull(area);
        images = images == null ? List.of() : List.copyOf(images);
        require(!title.isEmpty() && title.length() <= MAX_TITLE, "title");
        require(description.length() <= MAX_DESCRIPTION, "description");
        require(category != null, "category");
        require(condition != null, "condition");
        require(brand == null || brand.length() <= MAX_NAME, "brand");
        require(model == null || model.length() <= MAX_NAME, "model");
        require(area == null || area.length() <= MAX_NAME, "area");
        require(price >= 1 && price <= MAX_PRICE, "price");
        require(images.size() <= MAX_IMAGES, "images");
        images.forEach(url -> require(url.length() <= MAX_URL && IMAGE_URL_PATTERN.matcher(url).matches(), "images"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void require(boolean valid, String field) {
        if (!valid) {
            throw new InvalidListing(field);
        }
    }
}
