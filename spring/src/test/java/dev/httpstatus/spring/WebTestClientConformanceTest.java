package dev.httpstatus.spring;

import static dev.httpstatus.spring.HttpConformance.conformsToRfc;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.model.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The same controllers under Spring WebFlux, through a real WebTestClient. */
class WebTestClientConformanceTest {

    @Test
    void a405WithoutAllowFails() {
        WebTestClient client = WebTestClient.bindToController(new ItemsControllers.WithoutAllow()).build();
        assertThatThrownBy(() -> client.delete().uri("/items/7").exchange().expectBody().consumeWith(conformsToRfc()))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expecting the exchange to conform to the RFCs, but DELETE /items/7 → 405"
                        + " breaks 1 rule at severity error:\n"
                        + "  error    405-without-allow  405 response without Allow  (RFC 9110 §15.5.6)");
    }

    @Test
    void theFixedControllerPasses() {
        WebTestClient client = WebTestClient.bindToController(new ItemsControllers.WithAllow()).build();
        client.delete().uri("/items/7").exchange().expectStatus().isEqualTo(405)
                .expectBody().consumeWith(conformsToRfc(Severity.WARNING));
        client.get().uri("/items/7").exchange().expectStatus().isOk()
                .expectBody().consumeWith(conformsToRfc(Severity.WARNING));
    }
}
