package com.example.consumer;

import static dev.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static dev.httpstatus.spring.HttpConformance.conformsToRfc;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.junit.StatusServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a user writes: the test server, AssertJ assertions and the MockMvc matcher. */
@StatusServerTest
class ConsumerTest {

    @Test
    void theTestServerAnswersAsTheRfcsSay(URI server) throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.resolve("/405")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res).hasStatus(StatusCode.METHOD_NOT_ALLOWED).conformsToRfc(Severity.WARNING);
        assertThat(StatusCode.of(503)).isServerError().isRetryable().hasHeaderDuty("Retry-After");
    }

    @RestController
    static class Items {
        @DeleteMapping("/items/{id}")
        ResponseEntity<Void> delete() {
            return ResponseEntity.status(405).allow(HttpMethod.GET).build();
        }
    }

    @Test
    void mockMvcResultsConform() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Items()).build();
        mvc.perform(delete("/items/1")).andExpect(conformsToRfc());
    }
}
