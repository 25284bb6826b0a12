package dev.rallypoint.notice.notice;

import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where notices are written: club managers under {@code /api/v1/manager/notices} (their clubs only, as
 * court-service says), admins under {@code /api/v1/admin/notices} (platform notices, and any club's).
 */
@RestController
@Tag(name = "Notices (authors)")
class AuthorNoticeController {

    private final Notices notices;

    AuthorNoticeController(Notices notices) {
        this.notices = notices;
    }

    @PostMapping({ "/api/v1/manager/notices", "/api/v1/admin/notices" })
    @Operation(summary = "Posts a notice: published at once, or at publishAt")
    ResponseEntity<NoticeView> post(Caller caller, @Valid @RequestBody NoticeRequest request) {
        Notice notice = notices.post(caller, request.clubId(), request.content());
        return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(NoticeView.from(notice));
    }

    @GetMapping({ "/api/v1/manager/notices/{id}", "/api/v1/admin/notices/{id}" })
    @Operation(summary = "A notice as its authors see it, also while scheduled or after it expired")
    NoticeView one(Caller caller, @PathVariable UUID id) {
        return NoticeView.from(notices.authored(caller, id));
    }

    @PutMapping({ "/api/v1/manager/notices/{id}", "/api/v1/admin/notices/{id}" })
    @Operation(summary = "Changes a notice; what it said before is kept as a revision")
    NoticeView edit(Caller caller, @PathVariable UUID id, @Valid @RequestBody NoticeRequest request) {
        return NoticeView.from(notices.edit(caller, id, request.content()));
    }

    @DeleteMapping({ "/api/v1/manager/notices/{id}", "/api/v1/admin/notices/{id}" })
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a notice")
    void delete(Caller caller, @PathVariable UUID id) {
        notices.delete(caller, id);
    }

    @GetMapping({ "/api/v1/manager/notices/{id}/revisions", "/api/v1/admin/notices/{id}/revisions" })
    @Operation(summary = "What the notice said before each edit, newest first")
    List<RevisionView> revisions(Caller caller, @PathVariable UUID id) {
        return notices.revisions(caller, id).stream().map(RevisionView::from).toList();
    }
}
