package dev.rallypoint.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, StrictJsonAutoConfiguration.class));

    record Charge(Long points, Integer percent, Double ratio, Boolean indoor, String label, DayOfWeek day) {
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"points\": \"100\"}", "{\"points\": \"\"}", "{\"points\": 12.5}", "{\"points\": 1.0}",
            "{\"points\": true}", "{\"percent\": \"150\"}", "{\"ratio\": \"0.5\"}", "{\"indoor\": \"true\"}",
            "{\"indoor\": 1}", "{\"label\": 7}", "{\"label\": 7.5}", "{\"label\": false}", "{\"day\": 1}" })
    void refusesAScalarOfTheWrongJsonType(String json) {
        context.run(started -> assertThatThrownBy(() -> started.getBean(JsonMapper.class).readValue(json, Charge.class))
                .isInstanceOf(JacksonException.class));
    }

    @Test
    void readsScalarsOfTheirOwnType() {
        context.run(started -> assertThat(started.getBean(JsonMapper.class).readValue(
                "{\"points\": 100, \"percent\": 150, \"ratio\": 1, \"indoor\": true, \"label\": \"x\", \"day\": \"MONDAY\"}",
                Charge.class)).isEqualTo(new Charge(100L, 150, 1.0, true, "x", DayOfWeek.MONDAY)));
    }
}
