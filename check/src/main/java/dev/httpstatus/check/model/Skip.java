package dev.httpstatus.check.model;

import java.util.Objects;

/**
 * An entry that was read but could not be checked, and why: never dropped in silence.
 *
 * <pre>{@code
 * new Skip(Source.entry("a.har", 7), "status 0: the request got no response (failed or blocked)")
 * }</pre>
 *
 * @param source where the entry was read
 * @param reason why it was not checked
 */
public record Skip(Source source, String reason) {

    public Skip {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": skipped: " + reason;
    }
}
