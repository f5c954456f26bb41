package dev.httpstatus;

import static dev.httpstatus.Registry.rfc;
import static dev.httpstatus.Registry.rfc9110;
import static dev.httpstatus.Requirement.MAY;
import static dev.httpstatus.Requirement.MUST;
import static dev.httpstatus.Requirement.SHOULD;
import static dev.httpstatus.RedirectMethod.CHANGES_TO_GET;
import static dev.httpstatus.RedirectMethod.KEPT;
import static dev.httpstatus.RedirectMethod.POST_MAY_CHANGE_TO_GET;

/**
 * What the RFCs tie to each code beyond its meaning: header fields it carries, whether it may have
 * content, whether caches may store it without explicit freshness, whether repeating the request can
 * help, and which methods it answers.
 */
final class Duties {

    private Duties() {}

    record Header(int code, String header, Requirement level, String when, Reference reference) {}

    static final Header[] HEADERS = {
        new Header(101, "Upgrade",            MUST,   "always: names the protocol(s) now in effect",               rfc9110("15.2.2")),
        new Header(103, "Link",               MAY,    "to hint at resources the final response will need",          rfc(8297, "2")),
        // RFC 9110 gives 201's Location no keyword; without it the target URI is taken as the new
        // resource, hence SHOULD with that condition. 202's MAY is the status-monitor pointer of §15.3.3.
        new Header(201, "Location",           SHOULD, "when the new resource's URI differs from the target URI",    rfc9110("15.3.2")),
        new Header(202, "Location",           MAY,    "to point at a monitor of the request's progress",            rfc9110("15.3.3")),
        new Header(206, "Content-Range",      MUST,   "when a single part is sent (not multipart/byteranges)",      rfc9110("15.3.7.1")),
        new Header(206, "Content-Type",       MUST,   "as multipart/byteranges when several parts are sent",        rfc9110("15.3.7.2")),
        new Header(206, "Date",               MUST,   "when a 200 to the same request would carry it",              rfc9110("15.3.7")),
        new Header(206, "Cache-Control",      MUST,   "when a 200 to the same request would carry it",              rfc9110("15.3.7")),
        new Header(206, "ETag",               MUST,   "when a 200 to the same request would carry it",              rfc9110("15.3.7")),
        new Header(206, "Expires",            MUST,   "when a 200 to the same request would carry it",              rfc9110("15.3.7")),
        new Header(206, "Content-Location",   MUST,   "when a 200 to the same request would carry it",              rfc9110("15.3.7")),
        new Header(206, "Vary",               MUST,   "when a 200 to the same request would carry it",              rfc9110("15.3.7")),
        new Header(300, "Location",           SHOULD, "when the server has a preferred choice",                     rfc9110("15.4.1")),
        new Header(301, "Location",           SHOULD, "always: the new permanent URI",                              rfc9110("15.4.2")),
        new Header(302, "Location",           SHOULD, "always: the temporary URI",                                  rfc9110("15.4.3")),
        // RFC 9110 words no level for 303's Location, but the redirect means nothing without it.
        new Header(303, "Location",           SHOULD, "always: the URI of the other resource",                      rfc9110("15.4.4")),
        new Header(304, "Date",               MUST,   "when a 200 to the same request would carry it",              rfc9110("15.4.5")),
        new Header(304, "ETag",               MUST,   "when a 200 to the same request would carry it",              rfc9110("15.4.5")),
        new Header(304, "Cache-Control",      MUST,   "when a 200 to the same request would carry it",              rfc9110("15.4.5")),
        new Header(304, "Vary",               MUST,   "when a 200 to the same request would carry it",              rfc9110("15.4.5")),
        new Header(304, "Content-Location",   MUST,   "when a 200 to the same request would carry it",              rfc9110("15.4.5")),
        new Header(304, "Expires",            MUST,   "when a 200 to the same request would carry it",              rfc9110("15.4.5")),
        // RFC 9110 only deprecates 305; the duty comes from RFC 2616, which defined it.
        new Header(305, "Location",           SHOULD, "the proxy's URI (deprecated: clients ignore it)",            rfc(2616, "10.3.6")),
        new Header(307, "Location",           SHOULD, "always: the temporary URI",                                  rfc9110("15.4.8")),
        new Header(308, "Location",           SHOULD, "always: the new permanent URI",                              rfc9110("15.4.9")),
        new Header(401, "WWW-Authenticate",   MUST,   "always: at least one challenge for the target resource",     rfc9110("15.5.2")),
        new Header(405, "Allow",              MUST,   "always: the methods the target resource supports",           rfc9110("15.5.6")),
        new Header(407, "Proxy-Authenticate", MUST,   "always: at least one challenge for the proxy",               rfc9110("15.5.8")),
        // RFC 9110 says "ought to" for 408 and 415, RFC 7231 said SHOULD for 408: recorded as SHOULD.
        new Header(408, "Connection",         SHOULD, "with the \"close\" option, as the server closes",            rfc9110("15.5.9")),
        new Header(413, "Retry-After",        SHOULD, "when the condition is temporary",                            rfc9110("15.5.14")),
        new Header(415, "Accept-Encoding",    SHOULD, "when an unsupported content coding caused it: the codings accepted", rfc9110("15.5.16")),
        new Header(416, "Content-Range",      SHOULD, "for a byte-range request: bytes */<current length>",         rfc9110("15.5.17")),
        new Header(426, "Upgrade",            MUST,   "always: the protocol(s) the client must switch to",          rfc9110("15.5.22")),
        new Header(429, "Retry-After",        MAY,    "to say how long to wait before retrying",                    rfc(6585, "4")),
        new Header(451, "Link",               SHOULD, "with rel=\"blocked-by\" naming who blocks the resource",     rfc(7725, "4")),
        new Header(503, "Retry-After",        MAY,    "when the server knows how long the outage will last",        rfc9110("15.6.4")),
    };

    /**
     * Codes a cache may store and reuse without explicit freshness information: the list in RFC 9110
     * §15.1, plus 451, which RFC 7725 §3 declares cacheable by default.
     */
    static final int[] CACHEABLE_BY_DEFAULT = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};

    /** Codes whose responses never carry content, besides every 1xx (RFC 9110 §6.4.1, §15.3.6). */
    static final int[] NO_CONTENT = {204, 205, 304};

    /**
     * Registered codes where sending the same request again, unchanged, can succeed: after a delay
     * (408, 429, 502, 503, 504), on another connection (421), or once the TLS handshake is done (425).
     * Vendor codes flag retryability in {@link VendorCodes}.
     */
    static final int[] RETRYABLE = {408, 421, 425, 429, 502, 503, 504};

    /** Codes the RFCs deprecate outright (RFC 9110 §15.4.6). */
    static final int[] DEPRECATED = {305};

    record Methods(int code, String... methods) {}

    /** Codes that answer only some methods; every code not listed fits any method. */
    static final Methods[] METHODS = {
        new Methods(100, "POST", "PUT", "PATCH"),
        new Methods(201, "POST", "PUT", "PATCH"), // PATCH may create (RFC 5789 §2)
        new Methods(206, "GET"),
        new Methods(226, "GET"),
        new Methods(304, "GET", "HEAD"),
        new Methods(411, "POST", "PUT", "PATCH"),
        new Methods(413, "POST", "PUT", "PATCH"),
        new Methods(415, "POST", "PUT", "PATCH"),
        new Methods(416, "GET"),
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
