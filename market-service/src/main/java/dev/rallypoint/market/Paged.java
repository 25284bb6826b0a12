package dev.rallypoint.market;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list, as every list endpoint of market-service answers it.
 *
 * @param content the items of this page
 * @param page zero-based page number
 * @param size requested page size (at most 100)
 * @param totalElements items over all pages
 * @param totalPages number of pages
 */
public record Paged<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <E, T> Paged<T> of(Page<E> page, Function<? super E, ? extends T> mapping) {
        return new Paged<>(page.getContent().stream().<T>map(mapping).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
