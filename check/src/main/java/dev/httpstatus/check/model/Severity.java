package dev.httpstatus.check.model;

import dev.httpstatus.Condition;
import dev.httpstatus.Duty;
import dev.httpstatus.Requirement;
import java.util.Locale;
import java.util.Optional;

/**
 * How bad a finding is, ordered from worst to mildest.
 *
 * <pre>{@code
 * Severity.of(Requirement.MUST);          // ERROR
 * Severity.of(someDateDuty);              // WARNING: a MUST whose condition is only presumed
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

    /**
     * The severity of breaking {@code duty}, for the checker and the OpenAPI linter alike: as
     * {@link #of(Requirement)}, except that a MUST whose condition is only presumed (Date, from "an
     * origin server with a clock") gives a warning, since the server may be the exception.
     */
    public static Severity of(Duty duty) {
        Severity s = of(duty.level());
        return s == ERROR && duty.condition().observability() == Condition.Observability.PRESUMED ? WARNING : s;
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
