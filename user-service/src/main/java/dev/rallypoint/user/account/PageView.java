package dev.rallypoint.user.account;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, with what a client needs to ask for the next. */
record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapping) {
        return new PageView<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
