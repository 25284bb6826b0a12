package dev.rallypoint.court.payment;

import dev.rallypoint.support.idempotency.Idempotent;
import dev.rallypoint.support.security.Caller;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member pays for their own hold; the answer comes later, on the reservation. */
@RestController
class PaymentController {

    private final PaymentSaga saga;

    PaymentController(PaymentSaga saga) {
        this.saga = saga;
    }

    @Idempotent
    @PostMapping("/api/v1/reservations/{reservationId}/payment")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PaymentView pay(Caller caller, @PathVariable UUID reservationId) {
        return saga.pay(caller, reservationId);
    }
}
