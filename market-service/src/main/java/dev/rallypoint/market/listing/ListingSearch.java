package dev.rallypoint.market.listing;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Filters of a listing search; every one is optional.
 *
 * @param text words that must all appear in the title or the description (case-insensitive, any language); at
 *     least one of them of two characters or more, so that an index serves the search
 * @param minPrice the lowest price, in points
 * @param maxPrice the highest price, in points
 * @param status listings in this state; absent: on sale
 */
record ListingSearch(String text, Category category, Condition condition, Long minPrice, Long maxPrice, UUID clubId,
        String area, ListingStatus status, ListingSort sort) {

    static final int MAX_WORDS = 5;

    ListingSearch {
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw new InvalidSearch("price-range");
        }
        List<String> words = words(text);
        if (!words.isEmpty() && words.stream().allMatch(word -> length(word) < 2)) {
            throw new InvalidSearch("q");
        }
        status = status == null ? ListingStatus.ON_SALE : status;
        sort = sort == null ? ListingSort.NEWEST : sort;
    }

    /** The words of the text, at most {@link #MAX_WORDS}. */
    List<String> words() {
        return words(text);
    }

    /** The length of a word in characters (code points), as PostgreSQL counts them. */
    static int length(String word) {
        return word.codePointCount(0, word.length());
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\s+")).limit(MAX_WORDS).toList();
    }
}
