package dev.httpstatus.assertj;

import static dev.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.Method;
import dev.httpstatus.StatusCode;
import org.junit.jupiter.api.Test;

class StatusCodeAssertTest {

    @Test
    void passesOnTheCatalogsFacts() {
        assertThat(StatusCode.of(405)).hasCode(405).hasReasonPhrase("Method Not Allowed").isClientError().isError()
                .hasHeaderDuty("allow").isNotRetryable();
        assertThat(StatusCode.of(503)).isServerError().isRetryable().hasHeaderDuty("Retry-After");
        assertThat(StatusCode.of(204)).isSuccess().doesNotAllowContent();
        assertThat(StatusCode.of(404)).isCacheableByDefault().allowsContent();
        assertThat(StatusCode.of(301)).isRedirection().hasHeaderDuty("Location");
        assertThat(StatusCode.of(100)).isInformational();
        assertThat(StatusCode.of(201)).fitsMethod(Method.POST);
        assertThat(StatusCode.of(799)).isError();
    }

    @Test
    void classMismatchNamesBothClasses() {
        assertThatThrownBy(() -> assertThat(StatusCode.of(404)).isServerError())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting 404 Not Found to be Server Error (5xx), but it is Client Error (4xx)");
    }

    @Test
    void missingHeaderDutyListsTheDutiesThereAre() {
        assertThatThrownBy(() -> assertThat(StatusCode.of(404)).hasHeaderDuty("Allow"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expecting 404 Not Found to have a duty about header field Allow, but its header duties are ");
        assertThatThrownBy(() -> assertThat(StatusCode.of(201)).hasHeaderDuty("Allow"))
                .hasMessageContaining("Location");
    }

    @Test
    void retryAndContentFailuresSayWhy() {
        assertThatThrownBy(() -> assertThat(StatusCode.of(404)).isRetryable())
                .hasMessage("Expecting 404 Not Found to be retryable, but a client should not repeat a request that got it");
        assertThatThrownBy(() -> assertThat(StatusCode.of(503)).isNotRetryable())
                .hasMessage("Expecting 503 Service Unavailable not to be retryable, but a client may repeat a request that got it");
        assertThatThrownBy(() -> assertThat(StatusCode.of(204)).allowsContent())
                .hasMessage("Expecting 204 No Content to allow content, but it never carries any");
        assertThatThrownBy(() -> assertThat(StatusCode.of(200)).doesNotAllowContent())
                .hasMessage("Expecting 200 OK to carry no content, but content is allowed");
        assertThatThrownBy(() -> assertThat(StatusCode.of(201)).fitsMethod(Method.GET))
                .hasMessageStartingWith("Expecting 201 Created to fit GET, but it is meant for ");
    }

    @Test
    void errorAndCacheFailuresSayWhatTheCodeIs() {
        assertThatThrownBy(() -> assertThat(StatusCode.of(302)).isError())
                .hasMessage("Expecting 302 Found to be an error (4xx, 5xx or outside 100-599), but it is Redirection (3xx)");
        assertThatThrownBy(() -> assertThat(StatusCode.of(201)).isCacheableByDefault())
                .hasMessage("Expecting 201 Created to be cacheable by default (RFC 9110 §15.1), but it is not");
    }

    @Test
    void codeAndPhraseMismatchShowExpectedAndActual() {
        assertThatThrownBy(() -> assertThat(StatusCode.of(404)).hasCode(410))
                .hasMessageContaining("Expecting status code 410 but was 404 Not Found");
        assertThatThrownBy(() -> assertThat(StatusCode.of(413)).hasReasonPhrase("Payload Too Large"))
                .hasMessageContaining("Expecting 413 Content Too Large to have the reason phrase \"Payload Too Large\"");
        assertThatThrownBy(() -> assertThat((StatusCode) null).isClientError())
                .hasMessageContaining("Expecting actual not to be null");
    }
}
