package dev.httpstatus;

/**
 * The answer to a question about an exchange when the record of it may be incomplete: a HAR file
 * without request headers, an access log without response headers, an API description that says
 * nothing of the request.
 *
 * <pre>{@code
 * Truth.of(true).and(Truth.UNKNOWN)   // UNKNOWN
 * Truth.of(false).and(Truth.UNKNOWN)  // FALSE: one false part settles a conjunction
 * Truth.UNKNOWN.not()                 // UNKNOWN
 * }</pre>
 */
public enum Truth {
    /** Known to hold. */
    TRUE,
    /** Known not to hold. */
    FALSE,
    /** The record does not say. */
    UNKNOWN;

    /** TRUE or FALSE. */
    public static Truth of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** Kleene's conjunction: FALSE wins, then UNKNOWN. */
    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    /** TRUE and FALSE swapped; UNKNOWN stays. */
    public Truth not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    /** Whether this is {@link #TRUE}. */
    public boolean isTrue() {
        return this == TRUE;
    }
}
