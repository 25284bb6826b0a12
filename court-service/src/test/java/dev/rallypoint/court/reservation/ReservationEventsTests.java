package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.court.Api;
import dev.rallypoint.court.Fixtures;
import dev.rallypoint.court.HttpTest;
import dev.rallypoint.test.TestKafka;
import dev.rallypoint.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** Reservation events leave through the outbox and reach the broker, keyed by reservation id. */
class ReservationEventsTests extends HttpTest {

    @Test
    void aHoldAndItsCancellationReachTheBrokerKeyedByReservation() {
        Api api = api();
        Fixtures.TestClub club = Fixtures.club(api, "UTC");
        String token = TestTokens.member(UUID.randomUUID());
        Api.Response held = api.post("/api/v1/reservations", token, Slots.body(club.courtId(), 11, 10, 11));
        String id = held.json().path("id").asString();
        api.post("/api/v1/reservations/" + id + "/cancellation", token, null);

        ConsumerRecord<String, String> heldRecord = first("court.reservation-held", id);
        ConsumerRecord<String, String> cancelledRecord = first("court.reservation-cancelled", id);

        assertThat(heldRecord.value()).contains("\"aggregateId\":\"" + id + "\"").contains("\"price\":10000")
                .contains("\"heldUntil\"");
        assertThat(cancelledRecord.value()).contains("\"cancelledBy\":\"MEMBER\"").contains("\"previousStatus\":\"HELD\"");
    }

    private static ConsumerRecord<String, String> first(String topic, String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            List<String> seen = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                    seen.add(record.key());
                }
            }
            throw new AssertionError("No record keyed " + key + " on " + topic + " within 60 s; saw " + seen.size());
        }
    }
}
