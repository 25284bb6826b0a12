package dev.rallypoint.user.wallet;

import dev.rallypoint.user.wallet.WalletController.BalanceResponse;
import dev.rallypoint.user.wallet.WalletController.EntryResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins read any member's wallet (support, disputes); they cannot move points here.
 */
@RestController
@RequestMapping("/api/v1/admin/users/{userId}/wallet")
@PreAuthorize("hasRole('ADMIN')")
class AdminWalletController {

    private final Wallets wallets;

    AdminWalletController(Wallets wallets) {
        this.wallets = wallets;
    }

    @GetMapping
    BalanceResponse balance(@PathVariable UUID userId) {
        return BalanceResponse.from(wallets.find(userId));
    }

    @GetMapping("/ledger")
    PagedModel<EntryResponse> ledger(@PathVariable UUID userId, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new PagedModel<>(wallets.ledger(userId, page, size).map(EntryResponse::from));
    }
}
