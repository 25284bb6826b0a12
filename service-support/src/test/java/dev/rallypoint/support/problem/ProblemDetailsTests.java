package dev.rallypoint.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.enabled=false", "spring.jpa.hibernate.ddl-auto=none",
        "spring.modulith.events.republish-outstanding-events-on-restart=false",
        "rallypoint.web.max-request-body=1KB", "rallypoint.security.public-paths=/things/**" })
@AutoConfigureRestTestClient
class ProblemDetailsTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void namesEveryRejectedFieldOfAnInvalidBody() {
        client.post().uri("/things").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"\", \"email\": \"not-an-email\", \"size\": 3}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.type").isEqualTo("https://rallypoint.dev/problems/validation-failed")
                .jsonPath("$.errors[*].field").isEqualTo(java.util.List.of("email", "name"));
    }

    @Test
    void pointsAtTheFieldOfAWrongType() {
        client.post().uri("/things").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"a\", \"email\": \"a@b.c\", \"size\": \"big\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("malformed-body")
                .jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        client.post().uri("/things").contentType(MediaType.APPLICATION_JSON).body("{nope").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("malformed-body");
    }

    @Test
    void rejectsAMalformedPathVariable() {
        client.get().uri("/things/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-parameter")
                .jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void rejectsAnOutOfRangeParameter() {
        client.get().uri("/things?size=1000").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void rejectsAnUnsupportedMethodAndMediaType() {
        client.delete().uri("/things").exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectBody().jsonPath("$.code").isEqualTo("method-not-allowed");
        client.post().uri("/things").contentType(MediaType.TEXT_PLAIN).body("hi").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody().jsonPath("$.code").isEqualTo("unsupported-media-type");
    }

    @Test
    void refusesADeclaredOversizedBody() {
        client.post().uri("/things").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"" + "x".repeat(2000) + "\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("payload-too-large");
    }

    @Test
    void refusesAnOversizedChunkedBody() throws Exception {
        byte[] body = ("{\"name\": \"" + "x".repeat(5000) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/things"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"payload-too-large\"");
    }

    @Test
    void hidesTheDetailsOfAnUnexpectedFailure() {
        client.get().uri("/things/boom").exchange()
                .expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("\"code\":\"internal-error\"")
                        .doesNotContain("secret")
                        .doesNotContain("Exception"));
    }

    @Test
    void answersABusyDatabaseWithARetryableServiceUnavailable() {
        client.get().uri("/things/busy").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("\"code\":\"service-busy\"")
                        .doesNotContain("Connection is not available"));
    }

    @Test
    void letsAServiceMapItsOwnExceptionsWithMessages() {
        client.get().uri("/things/taken").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("thing-taken")
                .jsonPath("$.detail").isEqualTo("Thing 7 is already taken.");
    }

    @SpringBootApplication
    @Import({ ThingController.class, ThingProblems.class })
    static class TestApplication {
    }

    record NewThing(@NotBlank String name, @NotNull @Email String email, Integer size) {
    }

    static class ThingTaken extends RuntimeException {
    }

    @RestController
    @Validated
    static class ThingController {

        @PostMapping("/things")
        NewThing create(@Valid @RequestBody NewThing thing) {
            return thing;
        }

        @GetMapping("/things")
        String list(@RequestParam(defaultValue = "20") @Max(100) int size) {
            return "ok";
        }

        @GetMapping("/things/{id}")
        String one(@PathVariable UUID id) {
            return id.toString();
        }

        @GetMapping("/things/boom")
        String boom() {
            throw new IllegalStateException("secret internals");
        }

        @GetMapping("/things/busy")
        String busy() {
            throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 10000ms");
        }

        @GetMapping("/things/taken")
        String taken() {
            throw new ThingTaken();
        }
    }

    @RestControllerAdvice
    static class ThingProblems {

        private final ProblemDetails problems;

        ThingProblems(ProblemDetails problems) {
            this.problems = problems;
        }

        @ExceptionHandler
        ProblemDetail taken(ThingTaken ex) {
            return problems.of(HttpStatus.CONFLICT, "thing-taken", 7);
        }
    }
}
