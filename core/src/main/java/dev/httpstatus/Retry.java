package dev.httpstatus;

/**
 * Whether a client should send the same request again after receiving a code, and when: the one
 * fact the card's "Retry" row, the {@code rules} checklist and a client's next steps all read, so
 * they cannot disagree.
 *
 * <pre>{@code
 * StatusCode.SERVICE_UNAVAILABLE.retry()   // AFTER_DELAY
 * StatusCode.CONTENT_TOO_LARGE.retry()     // IF_RETRY_AFTER
 * StatusCode.NOT_FOUND.retry()             // MAYBE_LATER
 * StatusCode.BAD_REQUEST.retry()           // AFTER_CHANGE
 * StatusCode.NO_CONTENT.retry()            // NOT_NEEDED
 * }</pre>
 */
public enum Retry {
    /** 1xx, 2xx and 3xx: nothing failed (a redirect is followed, not retried). */
    NOT_NEEDED("not needed: nothing failed"),
    /**
     * The same request may succeed later, unchanged: after Retry-After when given, with backoff
     * otherwise ({@link StatusCode#isRetryable()}: 408, 421, 425, 429, 502, 503, 504, vendors' timeouts).
     */
    AFTER_DELAY("the same request may succeed later: wait as long as Retry-After says, or back off"),
    /**
     * Only when the response carries Retry-After, which says the condition is temporary (413,
     * RFC 9110 §15.5.14); without it, the request has to change.
     */
    IF_RETRY_AFTER("only if the response carries Retry-After, which says the condition is temporary;"
            + " otherwise change the request"),
    /**
     * 404: nothing says whether the absence is temporary (RFC 9110 §15.5.5), so the same request may
     * succeed later; check the URI first. 410 would say it will not.
     */
    MAYBE_LATER("check the URI first; the resource may appear later, since a 404 does not say whether the"
            + " absence lasts (410 says it does)"),
    /** Other 4xx: the request itself is the problem; change it before sending it again. */
    AFTER_CHANGE("not unchanged: change the request before sending it again"),
    /** Other 5xx and invalid codes: nothing says the failure will pass. */
    NOT_EXPECTED("not expected to help: nothing says the failure will pass");

    private final String description;

    Retry(String description) {
        this.description = description;
    }

    /** What a client should do about retrying, in a few words. */
    public String description() {
        return description;
    }

    static Retry of(StatusCode c) {
        if (c.isRetryable()) {
            return AFTER_DELAY;
        }
        if (c.isInformational() || c.isSuccess() || c.isRedirection()) {
            return NOT_NEEDED;
        }
        for (int code : Traits.MAY_RESOLVE_LATER) {
            if (code == c.code()) {
                return MAYBE_LATER;
            }
        }
        for (Duty d : c.headerDuties()) {
            if (!d.level().forbids() && d.field().orElseThrow().equals("Retry-After")) {
                return IF_RETRY_AFTER;
            }
        }
        return c.isClientError() ? AFTER_CHANGE : NOT_EXPECTED;
    }
}
