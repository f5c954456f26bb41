package dev.httpstatus;

/**
 * Where a code stands in the IANA HTTP Status Code registry.
 *
 * <pre>{@code
 * StatusCode.of(510).registration() == Registration.OBSOLETED
 * StatusCode.of(499).registration() == Registration.UNASSIGNED  // nginx's, not IANA's
 * }</pre>
 */
public enum Registration {
    /** A permanent entry with a defining specification. */
    REGISTERED,
    /** A provisional entry with an expiry date (RFC 9110 §16.2.1), e.g. 104. */
    TEMPORARY,
    /** Registered once, then marked obsolete by the IETF, e.g. 510. */
    OBSOLETED,
    /** Kept out of use by the registry so that old meanings cannot clash, e.g. 306 and 418. */
    RESERVED,
    /** Not in the registry: unknown, or used only by vendors and historical documents. */
    UNASSIGNED;

    /** Whether the registry holds an entry for the code (anything but {@link #UNASSIGNED}). */
    public boolean isInRegistry() {
        return this != UNASSIGNED;
    }
}
