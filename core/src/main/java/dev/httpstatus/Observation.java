package dev.httpstatus;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a record of one exchange tells about it: the view through which a {@link Condition} or a
 * {@link Duty} is judged. The checker implements it over recorded traffic, the OpenAPI linter over an
 * operation's declared responses, the test server over the request it is answering; each says
 * "unknown" for what its record does not hold.
 *
 * <pre>{@code
 * Observation o = new Observation() {
 *     public Optional<Method> method() { return Optional.of(Method.DELETE); }
 *     public Optional<List<String>> requestValues(String field) { return Optional.of(List.of()); }
 *     public Optional<List<String>> responseValues(String field) { return Optional.of(List.of()); }
 *     public OptionalInt httpMajorVersion() { return OptionalInt.of(1); }
 *     public Truth hasContent() { return Truth.FALSE; }
 * };
 * Duty allow = StatusCode.METHOD_NOT_ALLOWED.headerDuties().get(0);
 * allow.isBrokenBy(StatusCode.METHOD_NOT_ALLOWED, o);   // TRUE: a 405 without Allow
 * }</pre>
 */
public interface Observation {

    /** The request's method; empty when the record does not say. */
    Optional<Method> method();

    /**
     * The values of a request header field, one per field line, in order (empty list: the request
     * did not carry it). Empty optional when the record holds no request header section.
     * Names are matched without regard to case.
     */
    Optional<List<String>> requestValues(String field);

    /** The values of a response header field, as {@link #requestValues(String)} does for the request. */
    Optional<List<String>> responseValues(String field);

    /** The HTTP major version of the exchange (1, 2 or 3); empty when unknown. */
    OptionalInt httpMajorVersion();

    /** Whether the response carried content (a non-empty body). */
    Truth hasContent();

    /**
     * Whether a 200 response to the same request would carry {@code field}: known only to the
     * server, or to an observer that saw such a 200 (an earlier exchange for the same URI).
     */
    default Truth okWouldCarry(String field) {
        return Truth.UNKNOWN;
    }
}
