package dev.httpstatus.check.model;

import dev.httpstatus.Requirement;
import java.util.Locale;
import java.util.Optional;

/**
 * How bad a finding is, ordered from worst to mildest.
 *
 * <pre>{@code
 * Severity.of(Requirement.MUST);          // ERROR
 * Severity.parse("warning");              // Optional[WARNING]
 * Severity.ERROR.isAtLeast(Severity.INFO) // true
 * }</pre>
 */
public enum Severity {
    /** A MUST or MUST NOT of a specification is broken. */
    ERROR,
    /** A SHOULD or SHOULD NOT is ignored without an evident reason. */
    WARNING,
    /** Advice: legal, but worth a look. */
    INFO;

    /**
     * The severity a breach of a requirement level deserves: MUST and MUST NOT → ERROR, SHOULD and
     * SHOULD NOT → WARNING, MAY → INFO.
     */
    public static Severity of(Requirement level) {
        return switch (level) {
            case MUST, MUST_NOT -> ERROR;
            case SHOULD, SHOULD_NOT -> WARNING;
            case MAY -> INFO;
        };
    }

    /** Reads a severity name in any case; empty for anything else. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether this is as bad as {@code other} or worse. */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** The lower-case name used in reports: "error", "warning", "info". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
