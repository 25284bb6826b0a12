package dev.rallypoint.market.trade;

import dev.rallypoint.market.Paged;
import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins see trades by state and settle disputes. */
@RestController
@Tag(name = "Market trades (admins)")
class AdminTradeController {

    enum Party { SELLER, BUYER }

    /** @param inFavourOf who gets the escrow */
    record Settlement(@NotNull Party inFavourOf) {
    }

    private final Trades trades;

    AdminTradeController(Trades trades) {
        this.trades = trades;
    }

    @GetMapping("/api/v1/market/admin/trades")
    @Operation(summary = "Trades in a state (default: disputed), longest waiting first")
    Paged<TradeView> inStatus(Caller caller, @RequestParam(defaultValue = "DISPUTED") TradeStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        requireAdmin(caller);
        return Paged.of(trades.inStatus(status, PageRequest.of(page, size)), TradeView::from);
    }

    @PostMapping("/api/v1/market/admin/trades/{id}/settlement")
    @Operation(summary = "Settles a disputed trade: the escrow goes to the seller (sold) or back to the buyer")
    TradeView settle(Caller caller, @PathVariable UUID id, @Valid @RequestBody Settlement settlement) {
        requireAdmin(caller);
        return TradeView.from(trades.settle(id, settlement.inFavourOf() == Party.SELLER));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Admins only");
        }
    }
}
