package dev.rallypoint.market.moderation;

import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members report listings; admins review reports, hide and restore listings, suspend sellers. */
@RestController
@Tag(name = "Market moderation")
class ModerationController {

    /** @param reason why, in the reporter's or the admin's words */
    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    private final Moderation moderation;

    ModerationController(Moderation moderation) {
        this.moderation = moderation;
    }

    @PostMapping("/api/v1/market/listings/{id}/reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reports a listing to the admins (once per member)")
    void report(Caller caller, @PathVariable UUID id, @Valid @RequestBody Reason request) {
        moderation.report(caller, id, request.reason().strip());
    }

    @GetMapping("/api/v1/market/admin/reports")
    @Operation(summary = "Reported listings, most reported first")
    List<ReportedListing> reported(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        requireAdmin(caller);
        return moderation.reported(page, size);
    }

    @PutMapping("/api/v1/market/admin/listings/{id}/hiding")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Hides a listing from everyone but its seller")
    void hide(Caller caller, @PathVariable UUID id, @Valid @RequestBody Reason request) {
        requireAdmin(caller);
        moderation.hide(caller, id, request.reason().strip());
    }

    @DeleteMapping("/api/v1/market/admin/listings/{id}/hiding")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Shows a hidden listing again")
    void restore(Caller caller, @PathVariable UUID id) {
        requireAdmin(caller);
        moderation.restore(caller, id);
    }

    @PutMapping("/api/v1/market/admin/sellers/{sellerId}/suspension")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Suspends a seller from the market: their listings on sale are hidden; they can neither list nor buy")
    void suspend(Caller caller, @PathVariable UUID sellerId, @Valid @RequestBody Reason request) {
        requireAdmin(caller);
        moderation.suspend(caller, sellerId, request.reason().strip());
    }

    @DeleteMapping("/api/v1/market/admin/sellers/{sellerId}/suspension")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lifts a seller's market suspension (hidden listings stay hidden until restored)")
    void lift(Caller caller, @PathVariable UUID sellerId) {
        requireAdmin(caller);
        moderation.lift(caller, sellerId);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Admins only");
        }
    }
}
