package dev.rallypoint.user.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.test.TestTokens;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * court-service's payment saga asks the wallet what became of a payment before it gives up on the
 * answer: paid, declined, cancelled, paid back, or never arrived. Nobody but court-service may ask.
 */
@WalletIntegrationTest
class PaymentStatusTests {

    static final String COURT = TestTokens.service("court-service");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WalletPayments payments;

    WalletApi api;

    final UUID payer = UUID.randomUUID();

    @BeforeEach
    void fundThePayer() {
        api = new WalletApi(port, jdbc);
        assertThat(api.charge(TestTokens.member(payer), 1000).statusCode()).isEqualTo(201);
    }

    @Test
    void answersPaidForADebitedPayment() {
        PaymentRequested request = request(400);
        payments.pay(request);

        HttpResponse<String> answer = api.get(COURT, "/api/v1/wallet/payments/" + request.aggregateId());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\":\"PAID\"", request.aggregateId().toString());
    }

    @Test
    void answersDeclinedCancelledAndRefunded() {
        PaymentRequested declined = request(5000);
        payments.pay(declined);
        PaymentRequested refunded = request(100);
        payments.pay(refunded);
        payments.cancel(cancellation(refunded.aggregateId()));
        UUID cancelledBeforeArrival = UUID.randomUUID();
        payments.cancel(cancellation(cancelledBeforeArrival));

        assertThat(api.get(COURT, "/api/v1/wallet/payments/" + declined.aggregateId()).body())
                .contains("\"status\":\"DECLINED\"", "INSUFFICIENT_POINTS");
        assertThat(api.get(COURT, "/api/v1/wallet/payments/" + refunded.aggregateId()).body())
                .contains("\"status\":\"REFUNDED\"");
        assertThat(api.get(COURT, "/api/v1/wallet/payments/" + cancelledBeforeArrival).body())
                .contains("\"status\":\"CANCELLED\"");
    }

    @Test
    void answersUnknownForAPaymentThatNeverArrived() {
        HttpResponse<String> answer = api.get(COURT, "/api/v1/wallet/payments/" + UUID.randomUUID());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\":\"UNKNOWN\"");
    }

    @Test
    void refusesEveryoneButCourtService() {
        PaymentRequested request = request(100);
        payments.pay(request);
        String path = "/api/v1/wallet/payments/" + request.aggregateId();

        assertThat(api.get(TestTokens.member(payer), path).statusCode()).isEqualTo(403);
        assertThat(api.get(TestTokens.admin(UUID.randomUUID()), path).statusCode()).isEqualTo(403);
        assertThat(api.get(TestTokens.service("notice-service"), path).statusCode()).isEqualTo(403);
        assertThat(api.get(null, path).statusCode()).isEqualTo(401);
        assertThat(api.get(COURT, "/api/v1/wallet/payments/not-a-uuid").statusCode()).isEqualTo(400);
    }

    private PaymentRequested request(long amount) {
        UUID payment = UUID.randomUUID();
        return new PaymentRequested(UUID.randomUUID(), Instant.now(), payment, payer, amount,
                "court-reservation/" + UUID.randomUUID());
    }

    private PaymentCancelled cancellation(UUID payment) {
        return new PaymentCancelled(UUID.randomUUID(), Instant.now(), payment, payer, "PAYMENT_TIMEOUT");
    }
}
