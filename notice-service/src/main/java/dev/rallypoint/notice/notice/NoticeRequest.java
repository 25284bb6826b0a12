package dev.rallypoint.notice.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notice as an author writes it.
 *
 * @param clubId the club of a club notice; absent for a platform notice (admins only)
 * @param body Markdown; raw HTML in it is shown as text
 * @param publishAt when it becomes visible; absent or past: at once
 * @param expiresAt when it stops being visible; absent: never
 * @param attachments files linked by HTTPS URL, at most 10
 */
record NoticeRequest(
        UUID clubId,
        @NotNull NoticeCategory category,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20_000) String body,
        Boolean pinned,
        Instant publishAt,
        Instant expiresAt,
        @Size(max = 10) List<@NotNull @Valid AttachmentRequest> attachments) {

    /** @param url an {@code https://} URL */
    record AttachmentRequest(@NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^https://[^\\s<>\"]+$", message = "must be an https:// URL") String url) {
    }

    NoticeContent content() {
        return new NoticeContent(category, title.strip(), body, Boolean.TRUE.equals(pinned), publishAt, expiresAt,
                attachments == null ? List.of()
                        : attachments.stream().map(attachment -> new Attachment(attachment.name().strip(), attachment.url())).toList());
    }
}
