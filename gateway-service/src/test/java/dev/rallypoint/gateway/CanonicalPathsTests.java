package dev.rallypoint.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathsTests {

    static final String DATE = "0b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10";

    static final String CANONICAL = "/api/v1/events/e-1/dates/" + DATE + "/seats/7/hold";

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/events/e-1/dates/0B5E4E1C-5B0F-4D6E-9A43-2F1F0A9C7E10/seats/7/hold",
            "/api/v1/events/e-1/dates/0b5e4e1c-5B0F-4d6e-9a43-2f1f0a9c7e10/seats/7/hold",
            "/api/v1/events/e-1/dates/%30b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10/seats/7/hold",
            "/api/v1/events/e-1/dates/0b5e4e1c%2D5b0f%2d4d6e-9a43-2f1f0a9c7e10/seats/7/hold",
            "/api/v1/events/e-1/dates/0b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10/seats/7/hold/",
            "/api/v1/events/e-1/dates/0b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10/seats/7/hold//",
            "//api/v1//events/e-1/dates//0b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10/seats/7/hold",
            "/api/v1/events/e-1/dates/0b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10;x=1/seats/7/hold",
            "/api/v1/events/e-1/dates;a=b/0b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10/seats/7/hold;jsessionid=1",
            "/api/v1/events/e-1/dates/b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10/seats/7/hold",
            "/api/v1/events/e-1/dates/+b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10/seats/7/hold",
            "/%61pi/v1/%65vents/e-1/dates/0b5e4e1c-5b0f-4d6e-9a43-2f1f0a9c7e10/seats/7/hold" })
    void bringsEverySpellingOfAPathToOne(String spelling) {
        assertThat(CanonicalPaths.of(spelling)).contains(CANONICAL);
    }

    @ParameterizedTest
    @CsvSource({
            "/, /",
            "'', /",
            "/api/v1/courts/42, /api/v1/courts/42",
            "/api/v1/clubs/%ED%95%9C, /api/v1/clubs/%ED%95%9C",
            "/api/v1/clubs/%ed%95%9c, /api/v1/clubs/%ED%95%9C",
            "/api/v1/clubs/a%20b, /api/v1/clubs/a%20b",
            "/api/v1/events/1-2-3-4-5, /api/v1/events/00000001-0002-0003-0004-000000000005" })
    void keepsWhatIsAlreadyCanonicalAndEscapesWhatIsNotUnreserved(String path, String canonical) {
        assertThat(CanonicalPaths.of(path)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/../admin/users", "/api/v1/./courts", "/api/v1/%2e%2e/admin", "/api/v1/courts/%2E",
            "/api/v1/a%2Fb", "/api/v1/a%5cb", "/api/v1/a\\b", "/api/v1/a%00", "/api/v1/a%", "/api/v1/a%zz" })
    void refusesPathsWithoutOneMeaning(String path) {
        assertThat(CanonicalPaths.of(path)).isEmpty();
    }
}
