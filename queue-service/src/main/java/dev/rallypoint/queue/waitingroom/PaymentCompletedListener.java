package dev.rallypoint.queue.waitingroom;

import dev.rallypoint.common.event.court.PaymentCompleted;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A payer's admission ends when the purchase is paid, freeing its place for the next waiter. Each
 * event is handled once: its id is marked in Redis, in the same script, for
 * {@code rallypoint.queue.processed-event-ttl} (7 days, longer than any redelivery).
 */
@Component
class PaymentCompletedListener {

    private final StringRedisTemplate redis;

    private final WaitingRoomScripts scripts;

    private final GateKeys keys;

    private final WaitingRoomProperties properties;

    private final AdmissionRevocations revocations;

    PaymentCompletedListener(StringRedisTemplate redis, WaitingRoomScripts scripts, GateKeys keys,
            WaitingRoomProperties properties, AdmissionRevocations revocations) {
        this.redis = redis;
        this.scripts = scripts;
        this.keys = keys;
        this.properties = properties;
        this.revocations = revocations;
    }

    @KafkaListener(topics = "court.payment-completed")
    void on(PaymentCompleted payment) {
        if (payment.gate() == null || payment.userId() == null) {
            return;
        }
        GateId gate;
        try {
            gate = new GateId(payment.gate());
        }
        catch (InvalidGateId ex) {
            return;
        }
        Long ended = redis.execute(scripts.endAdmission, keys.withEventMark(gate, payment.eventId()), payment.userId().toString(),
                payment.eventId().toString(), Long.toString(properties.processedEventTtl().toSeconds()));
        if (ended != null && ended == 1) {
            revocations.revoke(gate, payment.userId());
        }
    }
}
