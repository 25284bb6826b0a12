package dev.rallypoint.user.wallet;

import dev.rallypoint.support.idempotency.Idempotent;
import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own wallet: charge points, read the balance and the ledger. There is no way to name
 * another member's wallet here.
 */
@RestController
@RequestMapping("/api/v1/wallet")
class WalletController {

    /** The most points one charge may buy. */
    static final long MAX_CHARGE = 1_000_000;

    private final Wallets wallets;

    WalletController(Wallets wallets) {
        this.wallets = wallets;
    }

    @Idempotent
    @PostMapping("/charges")
    @Parameter(in = ParameterIn.HEADER, name = Idempotent.HEADER, required = true,
            description = "Chosen by the client per charge and reused on every retry of it")
    ResponseEntity<ChargeResponse> charge(Caller caller, @Valid @RequestBody ChargeRequest request) {
        LedgerEntry entry = wallets.charge(caller.userId(), Points.amount(request.points()));
        return ResponseEntity.created(URI.create("/api/v1/wallet/ledger/" + entry.id())).body(ChargeResponse.from(entry));
    }

    @GetMapping
    BalanceResponse balance(Caller caller) {
        return BalanceResponse.from(wallets.find(caller.userId()));
    }

    @GetMapping("/ledger")
    PagedModel<EntryResponse> ledger(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new PagedModel<>(wallets.ledger(caller.userId(), page, size).map(EntryResponse::from));
    }

    @GetMapping("/ledger/{entryId}")
    EntryResponse entry(Caller caller, @PathVariable UUID entryId) {
        return EntryResponse.from(wallets.entry(caller.userId(), entryId));
    }

    /** Buys points. */
    record ChargeRequest(@NotNull @Positive @Max(MAX_CHARGE) Long points) {
    }

    /** The charge's ledger entry and the balance it left. */
    record ChargeResponse(UUID entryId, long points, long balance, Instant chargedAt) {

        static ChargeResponse from(LedgerEntry entry) {
            return new ChargeResponse(entry.id(), entry.amount(), entry.balanceAfter().value(), entry.occurredAt());
        }
    }

    record BalanceResponse(UUID userId, long balance) {

        static BalanceResponse from(Wallet wallet) {
            return new BalanceResponse(wallet.userId(), wallet.balance().value());
        }
    }

    /**
     * One ledger entry.
     *
     * @param amount signed: positive for credits (CHARGE, REFUND, RELEASE), negative for debits (USE, HOLD)
     * @param operationId the charge, payment, refund or hold the entry belongs to
     * @param reference what the points were for
     */
    record EntryResponse(UUID id, long sequence, EntryType type, long amount, long balanceAfter, UUID operationId,
            String reference, Instant occurredAt) {

        static EntryResponse from(LedgerEntry entry) {
            return new EntryResponse(entry.id(), entry.sequence(), entry.type(), entry.amount(),
                    entry.balanceAfter().value(), entry.operationId(), entry.reference(), entry.occurredAt());
        }
    }
}
