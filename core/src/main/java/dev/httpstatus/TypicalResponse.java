package dev.httpstatus;

import java.util.Objects;
import java.util.Optional;

/**
 * A code a well-behaved API commonly answers to a given method, what it means there, and — where
 * there is one — the usual cause and fix when a client meets it unexpectedly.
 *
 * <pre>{@code
 * for (TypicalResponse t : StatusCode.typicalFor("PUT")) {
 *     System.out.println(t.status() + ": " + t.meaning());
 * }
 * StatusCode.MOVED_PERMANENTLY.resolutionHint("PUT")  // Optional["The URI most likely lacks its trailing slash '/' …"]
 * }</pre>
 */
public final class TypicalResponse {

    private final String method;
    private final StatusCode status;
    private final String meaning;
    private final String resolutionHint;

    TypicalResponse(String method, StatusCode status, String meaning, String resolutionHint) {
        this.method = Objects.requireNonNull(method);
        this.status = Objects.requireNonNull(status);
        this.meaning = Objects.requireNonNull(meaning);
        this.resolutionHint = resolutionHint;
    }

    /** The request method in upper case, e.g. "PUT". */
    public String method() {
        return method;
    }

    /** The code returned. */
    public StatusCode status() {
        return status;
    }

    /** What the code means as an answer to this method, in a few words. */
    public String meaning() {
        return meaning;
    }

    /** What usually causes the code here and how to resolve it, where there is a known answer. */
    public Optional<String> resolutionHint() {
        return Optional.ofNullable(resolutionHint);
    }

    @Override
    public String toString() {
        return method + " " + status.code() + ": " + meaning;
    }
}
