package dev.rallypoint.market;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Slice;

/**
 * One page of a list that is not counted: whether a next page exists, not how many there are. Searches
 * answer it, so that a page costs one indexed read of {@code size + 1} rows, however many listings match.
 *
 * @param content the items of this page
 * @param page zero-based page number
 * @param size requested page size (at most 100)
 * @param hasNext whether the next page has items
 */
public record Sliced<T>(List<T> content, int page, int size, boolean hasNext) {

    public static <E, T> Sliced<T> of(Slice<E> slice, Function<? super E, ? extends T> mapping) {
        return new Sliced<>(slice.getContent().stream().<T>map(mapping).toList(), slice.getNumber(), slice.getSize(),
                slice.hasNext());
    }
}
