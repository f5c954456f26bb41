package dev.httpstatus.openapi;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A description that cannot be linted: unreadable, malformed JSON or YAML, not OpenAPI, or with
 * {@code $ref}s that point at nothing. Each problem names the file and, where known, the line and
 * column; the CLI prints them and exits with 2.
 *
 * <pre>{@code
 * catch (BadDescriptionException e) {
 *     e.getMessage();    // "api.yaml (line 12, column 5): expected a mapping key, found '-'"
 *     e.problems();      // every problem, one line each (broken $refs are all listed)
 * }
 * }</pre>
 */
public final class BadDescriptionException extends IOException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** One problem in {@code file} at {@code at} (null when the position is unknown). */
    public BadDescriptionException(String file, Position at, String problem) {
        this(List.of(format(file, at, problem)));
    }

    /** Several problems, each already formatted with {@link #format}. */
    public BadDescriptionException(List<String> problems) {
        super(problems.isEmpty() ? "bad description" : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a bad description has at least one problem");
        }
    }

    /** "api.yaml (line 12, column 5): problem", or "api.yaml: problem" without a position. */
    public static String format(String file, Position at, String problem) {
        Objects.requireNonNull(file, "file");
        return at == null ? file + ": " + problem : file + " (" + at + "): " + problem;
    }

    /** Every problem found, one located line each. */
    public List<String> problems() {
        return problems;
    }
}
