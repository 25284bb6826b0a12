package dev.rallypoint.notification.inbox;

import dev.rallypoint.notification.Paged;
import dev.rallypoint.notification.preference.Category;
import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's own inbox: only its owner reads or changes a notification; another member's is not found. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first")
    Paged<NotificationView> list(Caller caller, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Category category,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return inbox.inbox(caller.userId(), unread, category, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    UnreadCount unreadCount(Caller caller) {
        return new UnreadCount(inbox.unread(caller.userId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's notifications")
    NotificationView one(Caller caller, @PathVariable UUID id) {
        return inbox.one(caller.userId(), id);
    }

    @PutMapping("/{id}/read")
    @Operation(summary = "Marks one of the caller's notifications read")
    NotificationView markRead(Caller caller, @PathVariable UUID id) {
        return inbox.markRead(caller.userId(), id);
    }

    @PutMapping("/read")
    @Operation(summary = "Marks every notification of the caller read")
    MarkedRead markAllRead(Caller caller) {
        return new MarkedRead(inbox.markAllRead(caller.userId()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes one of the caller's notifications")
    void delete(Caller caller, @PathVariable UUID id) {
        inbox.delete(caller.userId(), id);
    }

    record UnreadCount(long count) {
    }

    /** @param marked how many notifications were unread and are read now */
    record MarkedRead(int marked) {
    }
}
