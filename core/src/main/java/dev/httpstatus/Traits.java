package dev.httpstatus;

import static dev.httpstatus.RedirectMethod.CHANGES_TO_GET;
import static dev.httpstatus.RedirectMethod.KEPT;
import static dev.httpstatus.RedirectMethod.POST_MAY_CHANGE_TO_GET;

/**
 * What the RFCs say of each code's behaviour beyond its duties: whether caches may store it without
 * explicit freshness, whether repeating the request can help, whether it is deprecated, which methods
 * it answers, and what following a redirect does to the method.
 */
final class Traits {

    private Traits() {}

    /**
     * Codes a cache may store and reuse without explicit freshness information: the list in RFC 9110
     * §15.1, plus 451, which RFC 7725 §3 declares cacheable by default.
     */
    static final int[] CACHEABLE_BY_DEFAULT = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};

    /**
     * Registered codes where sending the same request again, unchanged, can succeed: after a delay
     * (408, 429, 502, 503, 504), on another connection (421), or once the TLS handshake is done (425).
     * Vendor codes flag retryability in {@link VendorCodes}.
     */
    static final int[] RETRYABLE = {408, 421, 425, 429, 502, 503, 504};

    /**
     * Errors that do not say whether they last, so the same request may succeed later: 404 (RFC 9110
     * §15.5.5: "does not indicate whether this lack of representation is temporary or permanent").
     */
    static final int[] MAY_RESOLVE_LATER = {404};

    /** Codes the RFCs deprecate outright (RFC 9110 §15.4.6). */
    static final int[] DEPRECATED = {305};

    record Methods(int code, Method... methods) {}

    /** Codes that answer only some methods; every code not listed fits any method. */
    static final Methods[] METHODS = {
        new Methods(201, Method.POST, Method.PUT, Method.PATCH), // PATCH may create (RFC 5789 §2)
        new Methods(206, Method.GET),
        new Methods(226, Method.GET),
        new Methods(304, Method.GET, Method.HEAD),
        new Methods(411, Method.POST, Method.PUT, Method.PATCH),
        new Methods(413, Method.POST, Method.PUT, Method.PATCH),
        new Methods(415, Method.POST, Method.PUT, Method.PATCH),
        new Methods(416, Method.GET),
    };

    record Redirect(int code, boolean permanent, RedirectMethod method) {}

    /** The redirects a client follows to Location, whether the move lasts, and what becomes of the method. */
    static final Redirect[] REDIRECTS = {
        new Redirect(301, true,  POST_MAY_CHANGE_TO_GET), // RFC 9110 §15.4.2
        new Redirect(302, false, POST_MAY_CHANGE_TO_GET), // §15.4.3
        new Redirect(303, false, CHANGES_TO_GET),         // §15.4.4
        new Redirect(307, false, KEPT),                   // §15.4.8
        new Redirect(308, true,  KEPT),                   // §15.4.9
    };
}
