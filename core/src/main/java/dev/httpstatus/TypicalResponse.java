package dev.httpstatus;

import java.util.Objects;
import java.util.Optional;

/**
 * A code a well-behaved API commonly answers to a given method, what it means there, and — where
 * there is one — the usual cause and fix when a client meets it unexpectedly.
 *
 * <pre>{@code
 * for (TypicalResponse t : MethodUsage.typicalFor(Method.PUT)) {
 *     System.out.println(t.status() + ": " + t.meaning());
 * }
 * }</pre>
 *
 * @param method         the request method
 * @param status         the code returned
 * @param meaning        what the code means as an answer to this method, in a few words
 * @param resolutionHint what usually causes the code here and how to resolve it, where known
 */
public record TypicalResponse(Method method, StatusCode status, String meaning, Optional<String> resolutionHint) {

    public TypicalResponse {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(resolutionHint, "resolutionHint");
    }

    /** "PUT 201: the resource was created". */
    @Override
    public String toString() {
        return method + " " + status.code() + ": " + meaning;
    }
}
