package dev.rallypoint.market.trade;

import dev.rallypoint.market.Paged;
import dev.rallypoint.support.idempotency.Idempotent;
import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Trades, seen and moved along only by their two parties. */
@RestController
@Tag(name = "Market trades")
class TradeController {

    /** @param listingId the listing the caller buys */
    record TradeRequest(@NotNull UUID listingId) {
    }

    /** @param reason what went wrong, in the party's words */
    record DisputeRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    enum Role { BUYER, SELLER }

    private final Trades trades;

    TradeController(Trades trades) {
        this.trades = trades;
    }

    @PostMapping("/api/v1/market/trades")
    @Idempotent
    @Operation(summary = "Reserves a listing; its price is held in escrow from the caller's points (202-like: REQUESTED until the wallet answers)")
    ResponseEntity<TradeView> reserve(Caller caller, @Valid @RequestBody TradeRequest request) {
        Trade trade = trades.reserve(caller, request.listingId());
        return ResponseEntity.created(URI.create("/api/v1/market/trades/" + trade.id())).body(TradeView.from(trade));
    }

    @GetMapping("/api/v1/market/trades/{id}")
    @Operation(summary = "One trade, for its buyer, its seller or an admin")
    TradeView one(Caller caller, @PathVariable UUID id) {
        return TradeView.from(trades.visible(caller, id));
    }

    @GetMapping("/api/v1/market/my/trades")
    @Operation(summary = "The caller's trade history as buyer (default) or seller, newest first")
    Paged<TradeView> mine(Caller caller, @RequestParam(defaultValue = "BUYER") Role as,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Paged.of(trades.history(caller, as == Role.SELLER, PageRequest.of(page, size)), TradeView::from);
    }

    @PostMapping("/api/v1/market/trades/{id}/cancellation")
    @Operation(summary = "The buyer cancels before the hand-over; the escrow goes back to them")
    TradeView cancel(Caller caller, @PathVariable UUID id) {
        return TradeView.from(trades.cancel(caller, id));
    }

    @PostMapping("/api/v1/market/trades/{id}/decline")
    @Operation(summary = "The seller declines before the hand-over; the escrow goes back to the buyer")
    TradeView decline(Caller caller, @PathVariable UUID id) {
        return TradeView.from(trades.decline(caller, id));
    }

    @PostMapping("/api/v1/market/trades/{id}/hand-over")
    @Operation(summary = "The seller handed the gear over; the buyer confirms before the deadline or it confirms itself")
    TradeView handOver(Caller caller, @PathVariable UUID id) {
        return TradeView.from(trades.handOver(caller, id));
    }

    @PostMapping("/api/v1/market/trades/{id}/confirmation")
    @Operation(summary = "The buyer confirms receipt: sold, the escrow goes to the seller")
    TradeView confirm(Caller caller, @PathVariable UUID id) {
        return TradeView.from(trades.confirm(caller, id));
    }

    @PostMapping("/api/v1/market/trades/{id}/dispute")
    @Operation(summary = "A party disputes the trade: frozen, escrow held, until an admin settles it")
    TradeView dispute(Caller caller, @PathVariable UUID id, @Valid @RequestBody DisputeRequest request) {
        return TradeView.from(trades.dispute(caller, id, request.reason().strip()));
    }
}
