package dev.rallypoint.notice.notice;

import dev.rallypoint.notice.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published notices, for anyone, signed in or not. */
@RestController
@Tag(name = "Notices")
class NoticeController {

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/api/v1/notices")
    @Operation(summary = "Platform notices, pinned first, then newest; q searches title and body")
    Paged<NoticeSummary> platform(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) NoticeCategory category,
            @RequestParam(defaultValue = "false") boolean pinned,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return notices.search(null, new NoticeSearch(q, category, pinned), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/clubs/{clubId}/notices")
    @Operation(summary = "A club's notices, pinned first, then newest; q searches title and body")
    Paged<NoticeSummary> club(@PathVariable UUID clubId, @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) NoticeCategory category,
            @RequestParam(defaultValue = "false") boolean pinned,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return notices.search(clubId, new NoticeSearch(q, category, pinned), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/notices/{id}")
    @Operation(summary = "One published notice, with its body as Markdown and as safe HTML")
    NoticeView one(@PathVariable UUID id) {
        return NoticeView.from(notices.visible(id));
    }
}
