package dev.rallypoint.match.openmatch;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of open matches. */
record OpenMatchPage(List<OpenMatchView> content, int page, int size, long total) {

    static OpenMatchPage of(Page<OpenMatch> page) {
        return new OpenMatchPage(page.getContent().stream().map(OpenMatchView::from).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements());
    }
}
