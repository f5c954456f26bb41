package dev.httpstatus;

/**
 * How strongly a specification asks for something, in the words of BCP 14 (RFC 2119, RFC 8174).
 *
 * <pre>{@code
 * StatusCode.UNAUTHORIZED.headerDuties().get(0).level() == Requirement.MUST
 * }</pre>
 */
public enum Requirement {
    /** An absolute requirement: a response without it is broken. */
    MUST,
    /** Expected unless there is a good, understood reason to do otherwise. */
    SHOULD,
    /** Optional, but with a defined meaning when present. */
    MAY
}
