package dev.httpstatus.assertj;

import dev.httpstatus.Duty;
import dev.httpstatus.Method;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link StatusCode}: its class and the facts the catalog ties to it.
 *
 * <pre>{@code
 * assertThat(StatusCode.of(405)).isClientError().hasHeaderDuty("Allow").isNotRetryable();
 * assertThat(StatusCode.of(204)).doesNotAllowContent();
 * }</pre>
 */
public final class StatusCodeAssert extends AbstractAssert<StatusCodeAssert, StatusCode> {

    StatusCodeAssert(StatusCode actual) {
        super(actual, StatusCodeAssert.class);
    }

    /** The code is {@code expected}. */
    public StatusCodeAssert hasCode(int expected) {
        isNotNull();
        if (actual.code() != expected) {
            failWithActualExpectedAndMessage(actual.code(), expected, "Expecting status code %s but was %s", expected, actual);
        }
        return this;
    }

    /** The catalog's reason phrase is {@code expected}. */
    public StatusCodeAssert hasReasonPhrase(String expected) {
        isNotNull();
        if (!actual.reasonPhrase().equals(expected)) {
            failWithActualExpectedAndMessage(actual.reasonPhrase(), expected,
                    "Expecting %s to have the reason phrase \"%s\"", actual, expected);
        }
        return this;
    }

    /** 1xx. */
    public StatusCodeAssert isInformational() {
        return isIn(StatusClass.INFORMATIONAL);
    }

    /** 2xx. */
    public StatusCodeAssert isSuccess() {
        return isIn(StatusClass.SUCCESSFUL);
    }

    /** 3xx. */
    public StatusCodeAssert isRedirection() {
        return isIn(StatusClass.REDIRECTION);
    }

    /** 4xx. */
    public StatusCodeAssert isClientError() {
        return isIn(StatusClass.CLIENT_ERROR);
    }

    /** 5xx. */
    public StatusCodeAssert isServerError() {
        return isIn(StatusClass.SERVER_ERROR);
    }

    private StatusCodeAssert isIn(StatusClass expected) {
        isNotNull();
        if (actual.statusClass() != expected) {
            failWithMessage("Expecting %s to be %s (%s), but it is %s (%s)", actual, expected.title(), expected.label(),
                    actual.statusClass().title(), actual.statusClass().label());
        }
        return this;
    }

    /** An error: 4xx, 5xx, or a code outside 100–599, which clients treat as a server error. */
    public StatusCodeAssert isError() {
        isNotNull();
        if (!actual.isError()) {
            failWithMessage("Expecting %s to be an error (4xx, 5xx or outside 100-599), but it is %s (%s)", actual,
                    actual.statusClass().title(), actual.statusClass().label());
        }
        return this;
    }

    /** A client may repeat the request after this answer (with back-off, honouring Retry-After). */
    public StatusCodeAssert isRetryable() {
        isNotNull();
        if (!actual.isRetryable()) {
            failWithMessage("Expecting %s to be retryable, but a client should not repeat a request that got it", actual);
        }
        return this;
    }

    /** Repeating the request unchanged will not help. */
    public StatusCodeAssert isNotRetryable() {
        isNotNull();
        if (actual.isRetryable()) {
            failWithMessage("Expecting %s not to be retryable, but a client may repeat a request that got it", actual);
        }
        return this;
    }

    /** Cacheable by default (heuristic freshness, RFC 9110 §15.1). */
    public StatusCodeAssert isCacheableByDefault() {
        isNotNull();
        if (!actual.isCacheableByDefault()) {
            failWithMessage("Expecting %s to be cacheable by default (RFC 9110 §15.1), but it is not", actual);
        }
        return this;
    }

    /** A response with this code may carry content. */
    public StatusCodeAssert allowsContent() {
        isNotNull();
        if (!actual.contentAllowed()) {
            failWithMessage("Expecting %s to allow content, but it never carries any", actual);
        }
        return this;
    }

    /** A response with this code carries no content (1xx, 204, 304). */
    public StatusCodeAssert doesNotAllowContent() {
        isNotNull();
        if (actual.contentAllowed()) {
            failWithMessage("Expecting %s to carry no content, but content is allowed", actual);
        }
        return this;
    }

    /** The code fits {@code method} (e.g. 201 fits POST and PUT, not GET). */
    public StatusCodeAssert fitsMethod(Method method) {
        isNotNull();
        Objects.requireNonNull(method, "method");
        if (!actual.fitsMethod(method)) {
            failWithMessage("Expecting %s to fit %s, but it is meant for %s", actual, method, actual.methods());
        }
        return this;
    }

    /**
     * The specifications tie a duty about header field {@code field} to this code (any level: MUST,
     * SHOULD, MAY, or a prohibition); the name is matched ignoring case.
     */
    public StatusCodeAssert hasHeaderDuty(String field) {
        isNotNull();
        Objects.requireNonNull(field, "field");
        for (Duty d : actual.headerDuties()) {
            if (d.field().filter(field::equalsIgnoreCase).isPresent()) {
                return this;
            }
        }
        failWithMessage("Expecting %s to have a duty about header field %s, but its header duties are %s", actual, field,
                actual.headerDuties().isEmpty() ? "none" : actual.headerDuties());
        return this;
    }
}
