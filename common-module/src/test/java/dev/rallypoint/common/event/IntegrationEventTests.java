package dev.rallypoint.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntegrationEventTests {

    @Topic("test.something-happened")
    record SomethingHappened(UUID eventId, Instant occurredAt, UUID aggregateId) implements IntegrationEvent {
    }

    record Untopical(UUID eventId, Instant occurredAt, UUID aggregateId) implements IntegrationEvent {
    }

    @Test
    void readsTheDeclaredTopic() {
        assertThat(IntegrationEvent.topicOf(SomethingHappened.class)).isEqualTo("test.something-happened");
    }

    @Test
    void rejectsAnEventWithoutTopic() {
        assertThatIllegalArgumentException().isThrownBy(() -> IntegrationEvent.topicOf(Untopical.class))
                .withMessageContaining("Untopical");
    }
}
