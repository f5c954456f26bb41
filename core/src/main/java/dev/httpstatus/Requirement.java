package dev.httpstatus;

/**
 * How strongly a specification asks for something, in the words of BCP 14 (RFC 2119, RFC 8174).
 *
 * <pre>{@code
 * StatusCode.UNAUTHORIZED.headerDuties().get(0).level() == Requirement.MUST
 * Requirement.MUST_NOT.label()      // "MUST NOT"
 * Requirement.SHOULD_NOT.forbids()  // true
 * }</pre>
 */
public enum Requirement {
    /** An absolute requirement: a response without it is broken. */
    MUST("MUST"),
    /** An absolute prohibition: a response with it is broken. */
    MUST_NOT("MUST NOT"),
    /** Expected unless there is a good, understood reason to do otherwise. */
    SHOULD("SHOULD"),
    /** To be avoided unless there is a good, understood reason to do it. */
    SHOULD_NOT("SHOULD NOT"),
    /** Optional, but with a defined meaning when present. */
    MAY("MAY");

    private final String label;

    Requirement(String label) {
        this.label = label;
    }

    /** The keyword as the RFCs write it: "MUST NOT", not "MUST_NOT". */
    public String label() {
        return label;
    }

    /** Whether the level asks for the subject to be absent (MUST NOT, SHOULD NOT). */
    public boolean forbids() {
        return this == MUST_NOT || this == SHOULD_NOT;
    }

    /** Whether breaking it makes the message non-conforming (MUST, MUST NOT). */
    public boolean isAbsolute() {
        return this == MUST || this == MUST_NOT;
    }
}
