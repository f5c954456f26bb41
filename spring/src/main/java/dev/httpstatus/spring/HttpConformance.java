package dev.httpstatus.spring;

import dev.httpstatus.check.model.Severity;

/**
 * Checks the responses of Spring tests against the RFCs with httpstatus's checker: a
 * {@code ResultMatcher} for MockMvc and a body consumer for {@code WebTestClient}, from the same
 * factory.
 *
 * <pre>{@code
 * import static dev.httpstatus.spring.HttpConformance.conformsToRfc;
 *
 * mockMvc.perform(delete("/items/1")).andExpect(conformsToRfc());
 * mockMvc.perform(get("/items")).andExpect(conformsToRfc(Severity.WARNING));
 * webTestClient.get().uri("/items").exchange().expectBody().consumeWith(conformsToRfc());
 * }</pre>
 *
 * <p>A failure is an {@link AssertionError} listing each finding (rule id, severity, message, RFC
 * section and fix). The servlet API reports no reason phrase, so rules about it cannot fire; and
 * since these tests run without a server, which is what adds Date, the duties about Date are left
 * out.
 */
public final class HttpConformance {

    private HttpConformance() {}

    /** Fails on findings of severity error: a MUST or MUST NOT broken. */
    public static RfcConformance conformsToRfc() {
        return RfcConformance.ERROR;
    }

    /** Fails on findings at {@code threshold} or worse. */
    public static RfcConformance conformsToRfc(Severity threshold) {
        return RfcConformance.at(threshold);
    }
}
