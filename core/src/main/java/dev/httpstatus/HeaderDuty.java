package dev.httpstatus;

import java.util.Objects;

/**
 * A header field a specification ties to a status code: which one, how strongly, and when.
 *
 * <pre>{@code
 * HeaderDuty d = StatusCode.METHOD_NOT_ALLOWED.headerDuties().get(0);
 * d.header();     // "Allow"
 * d.level();      // MUST
 * d.reference();  // RFC 9110 §15.5.6
 * }</pre>
 *
 * @param header    the field name in its registered spelling, e.g. "WWW-Authenticate"
 * @param level     how strongly it is asked for
 * @param when      the condition under which the duty applies, in a few words ("always" if none)
 * @param reference the section that states the duty
 */
public record HeaderDuty(String header, Requirement level, String when, Reference reference) {

    public HeaderDuty {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String toString() {
        return level + " send " + header + " (" + when + "; " + reference + ")";
    }
}
