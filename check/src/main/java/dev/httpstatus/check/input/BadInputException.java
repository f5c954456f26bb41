package dev.httpstatus.check.input;

import dev.httpstatus.check.model.Source;
import java.io.IOException;
import java.util.Objects;

/**
 * Input that cannot be read as what it claims to be, with where and what was expected.
 *
 * <pre>{@code
 * catch (BadInputException e) {
 *     e.getMessage();  // "broken.har entry 3 (line 120, column 15): response.status: expected a number, found a string"
 * }
 * }</pre>
 */
public final class BadInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Source source;

    /** Bad input at {@code source}; {@code where} adds a finer position such as "line 3, column 7", or "". */
    public BadInputException(Source source, String where, String problem) {
        super(format(source, where, problem));
        this.source = Objects.requireNonNull(source, "source");
    }

    private static String format(Source source, String where, String problem) {
        String at = source.toString();
        if (where != null && !where.isEmpty()) {
            at += " (" + where + ")";
        }
        return at + ": " + problem;
    }

    /** The file and, where known, the entry or line. */
    public Source source() {
        return source;
    }
}
