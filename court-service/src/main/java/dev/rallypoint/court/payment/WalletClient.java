package dev.rallypoint.court.payment;

import java.util.UUID;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * user-service's answer to "what became of this payment?", asked with court-service's service token.
 * Found through Eureka ({@code lb://user-service}) unless {@code rallypoint.payments.wallet-url} names
 * an address.
 */
@FeignClient(name = "user-service", contextId = "wallet", url = "${rallypoint.payments.wallet-url:}")
interface WalletClient {

    @GetMapping("/api/v1/wallet/payments/{paymentId}")
    WalletPaymentStatus status(@RequestHeader("Authorization") String authorization, @PathVariable UUID paymentId);

    /**
     * @param status {@code PAID}, {@code DECLINED}, {@code CANCELLED}, {@code REFUNDED} or {@code UNKNOWN}
     *        (the request never reached the wallet)
     */
    record WalletPaymentStatus(UUID paymentId, String status, String reason) {
    }
}
