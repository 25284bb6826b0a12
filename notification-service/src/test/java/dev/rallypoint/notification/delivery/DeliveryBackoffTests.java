package dev.rallypoint.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait between attempts doubles from the first retry up to the cap, without Spring. */
class DeliveryBackoffTests {

    final DeliveryProperties properties = new DeliveryProperties(Duration.ofSeconds(1), 100, 8, Duration.ofSeconds(30),
            Duration.ofHours(1), Duration.ofMinutes(1));

    @Test
    void doublesAfterEachFailureUpToTheCap() {
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.backoffAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(properties.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.backoffAfter(50)).isEqualTo(Duration.ofHours(1));
    }
}
