package dev.httpstatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An HTTP status code: any three-digit number a server may send, with everything known about it.
 *
 * <pre>{@code
 * StatusCode nf = StatusCode.of(404);            // == StatusCode.NOT_FOUND
 * nf.reasonPhrase();                              // "Not Found"
 * nf.isClientError();                             // true
 * nf.isCacheableByDefault();                      // true
 * StatusCode.parse("HTTP/1.1 503 Service Unavailable").map(StatusCode::isRetryable);  // Optional[true]
 * StatusCode.forName("Request Entity Too Large");   // Optional[413 Content Too Large]
 * StatusCode.of(499).unofficialMeanings();        // [Client Closed Request (nginx), Token Required (Esri ArcGIS)]
 * StatusCode.of(799).statusClass();               // UNDEFINED
 * }</pre>
 *
 * <p>Unlike an enum, this type covers every code from 100 to 999: registered, reserved, obsolete,
 * vendor-specific and unknown. There is exactly one instance per code, created once; {@link #of(int)}
 * only indexes an array, so values can be compared with {@code ==} and looking one up never allocates.
 * A constant exists for every code in the IANA registry; the constant a code maps to never depends
 * on declaration order, because each number has a single instance.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class StatusCode implements Comparable<StatusCode> {

    // The constants must stay first: each calls of(), which builds the catalog on first use.

    /** 100 Continue (RFC 9110 §15.2.1). */
    public static final StatusCode CONTINUE = of(100);
    /** 101 Switching Protocols (RFC 9110 §15.2.2). */
    public static final StatusCode SWITCHING_PROTOCOLS = of(101);
    /** 102 Processing (RFC 2518 §10.1). */
    public static final StatusCode PROCESSING = of(102);
    /** 103 Early Hints (RFC 8297 §2). */
    public static final StatusCode EARLY_HINTS = of(103);
    /** 104 Upload Resumption Supported (draft-ietf-httpbis-resumable-upload-05). A temporary registration. */
    public static final StatusCode UPLOAD_RESUMPTION_SUPPORTED = of(104);
    /** 200 OK (RFC 9110 §15.3.1). */
    public static final StatusCode OK = of(200);
    /** 201 Created (RFC 9110 §15.3.2). */
    public static final StatusCode CREATED = of(201);
    /** 202 Accepted (RFC 9110 §15.3.3). */
    public static final StatusCode ACCEPTED = of(202);
    /** 203 Non-Authoritative Information (RFC 9110 §15.3.4). */
    public static final StatusCode NON_AUTHORITATIVE_INFORMATION = of(203);
    /** 204 No Content (RFC 9110 §15.3.5). */
    public static final StatusCode NO_CONTENT = of(204);
    /** 205 Reset Content (RFC 9110 §15.3.6). */
    public static final StatusCode RESET_CONTENT = of(205);
    /** 206 Partial Content (RFC 9110 §15.3.7). */
    public static final StatusCode PARTIAL_CONTENT = of(206);
    /** 207 Multi-Status (RFC 4918 §11.1). */
    public static final StatusCode MULTI_STATUS = of(207);
    /** 208 Already Reported (RFC 5842 §7.1). */
    public static final StatusCode ALREADY_REPORTED = of(208);
    /** 226 IM Used (RFC 3229 §10.4.1). */
    public static final StatusCode IM_USED = of(226);
    /** 300 Multiple Choices (RFC 9110 §15.4.1). */
    public static final StatusCode MULTIPLE_CHOICES = of(300);
    /** 301 Moved Permanently (RFC 9110 §15.4.2). */
    public static final StatusCode MOVED_PERMANENTLY = of(301);
    /** 302 Found (RFC 9110 §15.4.3). */
    public static final StatusCode FOUND = of(302);
    /** 303 See Other (RFC 9110 §15.4.4). */
    public static final StatusCode SEE_OTHER = of(303);
    /** 304 Not Modified (RFC 9110 §15.4.5). */
    public static final StatusCode NOT_MODIFIED = of(304);
    /** 305 Use Proxy (RFC 9110 §15.4.6). Deprecated. */
    public static final StatusCode USE_PROXY = of(305);
    /** 306 Unused (RFC 9110 §15.4.7). Reserved in the registry. */
    public static final StatusCode UNUSED = of(306);
    /** 307 Temporary Redirect (RFC 9110 §15.4.8). */
    public static final StatusCode TEMPORARY_REDIRECT = of(307);
    /** 308 Permanent Redirect (RFC 9110 §15.4.9). */
    public static final StatusCode PERMANENT_REDIRECT = of(308);
    /** 400 Bad Request (RFC 9110 §15.5.1). */
    public static final StatusCode BAD_REQUEST = of(400);
    /** 401 Unauthorized (RFC 9110 §15.5.2). */
    public static final StatusCode UNAUTHORIZED = of(401);
    /** 402 Payment Required (RFC 9110 §15.5.3). */
    public static final StatusCode PAYMENT_REQUIRED = of(402);
    /** 403 Forbidden (RFC 9110 §15.5.4). */
    public static final StatusCode FORBIDDEN = of(403);
    /** 404 Not Found (RFC 9110 §15.5.5). */
    public static final StatusCode NOT_FOUND = of(404);
    /** 405 Method Not Allowed (RFC 9110 §15.5.6). */
    public static final StatusCode METHOD_NOT_ALLOWED = of(405);
    /** 406 Not Acceptable (RFC 9110 §15.5.7). */
    public static final StatusCode NOT_ACCEPTABLE = of(406);
    /** 407 Proxy Authentication Required (RFC 9110 §15.5.8). */
    public static final StatusCode PROXY_AUTHENTICATION_REQUIRED = of(407);
    /** 408 Request Timeout (RFC 9110 §15.5.9). */
    public static final StatusCode REQUEST_TIMEOUT = of(408);
    /** 409 Conflict (RFC 9110 §15.5.10). */
    public static final StatusCode CONFLICT = of(409);
    /** 410 Gone (RFC 9110 §15.5.11). */
    public static final StatusCode GONE = of(410);
    /** 411 Length Required (RFC 9110 §15.5.12). */
    public static final StatusCode LENGTH_REQUIRED = of(411);
    /** 412 Precondition Failed (RFC 9110 §15.5.13). */
    public static final StatusCode PRECONDITION_FAILED = of(412);
    /** 413 Content Too Large (RFC 9110 §15.5.14). */
    public static final StatusCode CONTENT_TOO_LARGE = of(413);
    /** 414 URI Too Long (RFC 9110 §15.5.15). */
    public static final StatusCode URI_TOO_LONG = of(414);
    /** 415 Unsupported Media Type (RFC 9110 §15.5.16). */
    public static final StatusCode UNSUPPORTED_MEDIA_TYPE = of(415);
    /** 416 Range Not Satisfiable (RFC 9110 §15.5.17). */
    public static final StatusCode RANGE_NOT_SATISFIABLE = of(416);
    /** 417 Expectation Failed (RFC 9110 §15.5.18). */
    public static final StatusCode EXPECTATION_FAILED = of(417);
    /** 418 I'm a teapot (RFC 9110 §15.5.19, RFC 2324 §2.3.2, RFC 7168 §2.3.3). Reserved in the registry. */
    public static final StatusCode IM_A_TEAPOT = of(418);
    /** 421 Misdirected Request (RFC 9110 §15.5.20). */
    public static final StatusCode MISDIRECTED_REQUEST = of(421);
    /** 422 Unprocessable Content (RFC 9110 §15.5.21). */
    public static final StatusCode UNPROCESSABLE_CONTENT = of(422);
    /** 423 Locked (RFC 4918 §11.3). */
    public static final StatusCode LOCKED = of(423);
    /** 424 Failed Dependency (RFC 4918 §11.4). */
    public static final StatusCode FAILED_DEPENDENCY = of(424);
    /** 425 Too Early (RFC 8470 §5.2). */
    public static final StatusCode TOO_EARLY = of(425);
    /** 426 Upgrade Required (RFC 9110 §15.5.22). */
    public static final StatusCode UPGRADE_REQUIRED = of(426);
    /** 428 Precondition Required (RFC 6585 §3). */
    public static final StatusCode PRECONDITION_REQUIRED = of(428);
    /** 429 Too Many Requests (RFC 6585 §4). */
    public static final StatusCode TOO_MANY_REQUESTS = of(429);
    /** 431 Request Header Fields Too Large (RFC 6585 §5). */
    public static final StatusCode REQUEST_HEADER_FIELDS_TOO_LARGE = of(431);
    /** 451 Unavailable For Legal Reasons (RFC 7725 §3). */
    public static final StatusCode UNAVAILABLE_FOR_LEGAL_REASONS = of(451);
    /** 500 Internal Server Error (RFC 9110 §15.6.1). */
    public static final StatusCode INTERNAL_SERVER_ERROR = of(500);
    /** 501 Not Implemented (RFC 9110 §15.6.2). */
    public static final StatusCode NOT_IMPLEMENTED = of(501);
    /** 502 Bad Gateway (RFC 9110 §15.6.3). */
    public static final StatusCode BAD_GATEWAY = of(502);
    /** 503 Service Unavailable (RFC 9110 §15.6.4). */
    public static final StatusCode SERVICE_UNAVAILABLE = of(503);
    /** 504 Gateway Timeout (RFC 9110 §15.6.5). */
    public static final StatusCode GATEWAY_TIMEOUT = of(504);
    /** 505 HTTP Version Not Supported (RFC 9110 §15.6.6). */
    public static final StatusCode HTTP_VERSION_NOT_SUPPORTED = of(505);
    /** 506 Variant Also Negotiates (RFC 2295 §8.1). */
    public static final StatusCode VARIANT_ALSO_NEGOTIATES = of(506);
    /** 507 Insufficient Storage (RFC 4918 §11.5). */
    public static final StatusCode INSUFFICIENT_STORAGE = of(507);
    /** 508 Loop Detected (RFC 5842 §7.2). */
    public static final StatusCode LOOP_DETECTED = of(508);
    /** 510 Not Extended (RFC 2774 §7, status-change-http-experiments-to-historic). Obsoleted. */
    public static final StatusCode NOT_EXTENDED = of(510);
    /** 511 Network Authentication Required (RFC 6585 §6). */
    public static final StatusCode NETWORK_AUTHENTICATION_REQUIRED = of(511);
    private final int code;
    private final String reasonPhrase;
    private final StatusClass statusClass;
    private final Registration registration;
    private final String constantName;
    private final String drfName;
    private final List<Reference> references;
    private final List<FormerPhrase> formerPhrases;
    private final List<UnofficialMeaning> unofficialMeanings;
    private final List<HeaderDuty> headerDuties;
    private final boolean contentAllowed;
    private final boolean cacheableByDefault;
    private final boolean retryable;
    private final boolean deprecated;
    private final Set<String> methods;
    private final RedirectMethod redirectMethod;
    private final boolean permanentRedirect;
    private final LocalDate registeredOn;
    private final LocalDate expiresOn;
    /** Shared so that lookups returning this code allocate nothing. */
    private final Optional<StatusCode> optional;

    private StatusCode(Facts f) {
        this.code = f.code;
        this.reasonPhrase = f.phrase;
        this.statusClass = StatusClass.of(f.code);
        this.registration = f.registration;
        this.constantName = f.constant;
        this.drfName = f.drfName;
        this.references = f.references;
        this.formerPhrases = f.formerPhrases;
        this.unofficialMeanings = f.unofficialMeanings;
        this.headerDuties = f.headerDuties;
        this.contentAllowed = f.contentAllowed;
        this.cacheableByDefault = f.cacheable;
        this.retryable = f.retryable;
        this.deprecated = f.deprecated;
        this.methods = f.methods;
        this.redirectMethod = f.redirectMethod;
        this.permanentRedirect = f.permanentRedirect;
        this.registeredOn = f.registeredOn;
        this.expiresOn = f.expiresOn;
        this.optional = Optional.of(this);
    }

    /** The facts {@link Catalog} gathers for one code before the instance is made. */
    static final class Facts {
        final int code;
        String phrase;
        String constant;
        String drfName;
        Registration registration = Registration.UNASSIGNED;
        List<Reference> references = List.of();
        List<FormerPhrase> formerPhrases = List.of();
        List<UnofficialMeaning> unofficialMeanings = List.of();
        List<HeaderDuty> headerDuties = List.of();
        boolean contentAllowed;
        boolean cacheable;
        boolean retryable;
        boolean deprecated;
        Set<String> methods = Set.of();
        RedirectMethod redirectMethod;
        boolean permanentRedirect;
        LocalDate registeredOn;
        LocalDate expiresOn;

        Facts(int code) {
            this.code = code;
        }

        StatusCode build() {
            return new StatusCode(this);
        }
    }

    // ---------------------------------------------------------------- factories and lookups

    /** The lowest valid status code, 100. */
    public static final int MIN_CODE = Catalog.MIN;
    /** The highest valid status code, 999. */
    public static final int MAX_CODE = Catalog.MAX;

    /**
     * The canonical instance for a code; {@code of(404) == NOT_FOUND}. Never allocates.
     *
     * @throws IllegalArgumentException if {@code code} is outside 100–999, the range of the
     *                                  three-digit status-code field
     */
    public static StatusCode of(int code) {
        if (code < Catalog.MIN || code > Catalog.MAX) {
            throw new IllegalArgumentException("status code " + code
                    + " is out of range: a status code is a three-digit integer from 100 to 999");
        }
        return Catalog.CODES[code - Catalog.MIN];
    }

    /**
     * Reads a status code from text: {@code "404"}, {@code "404 Not Found"}, or a whole status line
     * such as {@code "HTTP/1.1 404 Not Found"} or {@code "HTTP/2 404"}. Surrounding whitespace is
     * ignored, and so is the reason phrase (servers may send any). Never throws; anything else,
     * including {@code null}, gives an empty result. Allocates nothing.
     *
     * <pre>{@code StatusCode.parse("HTTP/1.1 418 I'm a teapot")  // Optional[418 I'm a teapot]}</pre>
     */
    public static Optional<StatusCode> parse(CharSequence text) {
        int code = StatusLine.code(text);
        return code < 0 ? Optional.empty() : Catalog.CODES[code - Catalog.MIN].optional;
    }

    /**
     * Finds a code by any of its names, ignoring case, spaces, hyphens and apostrophes, with words
     * apart or run together ({@code "TooManyRequests"}): the constant
     * ({@code "NOT_FOUND"}), the Django REST framework name ({@code "HTTP_404_NOT_FOUND"}), the current
     * phrase ({@code "not found"}, {@code "Not-Found"}), any former phrase
     * ({@code "Request Entity Too Large"} → 413), or a vendor phrase ({@code "Client Closed Request"}
     * → 499). Where a phrase has meant several codes, the registered meaning wins over a former one,
     * and a former one over a vendor's. Never throws; unknown or {@code null} names give an empty result.
     */
    public static Optional<StatusCode> forName(String name) {
        return Names.find(name);
    }

    /**
     * Ranked matches for free text over codes, names, phrases, vendors and descriptions, best first,
     * tolerant of small typos: {@code search("teapott")} finds 418, {@code search("too many request")}
     * finds 429 first. Empty when nothing matches; never throws.
     */
    public static List<StatusCode> search(String query) {
        return Search.search(query);
    }

    /** Every code with an entry in the IANA registry (registered, temporary, reserved, obsoleted), in code order. */
    public static List<StatusCode> registered() {
        return Catalog.InRegistry.LIST;
    }

    /** Every code this catalog knows anything about (registry or vendor use), in code order. */
    public static List<StatusCode> all() {
        return Catalog.Known.LIST;
    }

    /**
     * The codes a well-behaved API commonly answers to a method, with their meaning for that method
     * and a resolution hint where one is known. Covers GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS;
     * other methods give an empty list.
     *
     * <pre>{@code StatusCode.typicalFor("put")  // [PUT 200: the resource was replaced, PUT 201: …]}</pre>
     *
     * @throws NullPointerException if {@code method} is null
     */
    public static List<TypicalResponse> typicalFor(String method) {
        String m = method.toUpperCase(Locale.ROOT);
        List<TypicalResponse> list = new ArrayList<>();
        for (TypicalResponse t : Catalog.Typical.ALL) {
            if (t.method().equals(m)) {
                list.add(t);
            }
        }
        return List.copyOf(list);
    }

    // ---------------------------------------------------------------- the value

    /** The number, 100–999. */
    public int code() {
        return code;
    }

    /**
     * The reason phrase to send: the registered one; for an unregistered code the most widely used
     * vendor phrase (499 "Client Closed Request"); for a code nobody uses, its class title
     * ("Client Error"). 418 gives "I'm a teapot", the phrase its reservation keeps alive.
     */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** The class given by the first digit. */
    public StatusClass statusClass() {
        return statusClass;
    }

    /** 1xx. */
    public boolean isInformational() {
        return statusClass == StatusClass.INFORMATIONAL;
    }

    /** 2xx. */
    public boolean isSuccess() {
        return statusClass == StatusClass.SUCCESSFUL;
    }

    /** 3xx. */
    public boolean isRedirection() {
        return statusClass == StatusClass.REDIRECTION;
    }

    /** 4xx. */
    public boolean isClientError() {
        return statusClass == StatusClass.CLIENT_ERROR;
    }

    /** 5xx. */
    public boolean isServerError() {
        return statusClass == StatusClass.SERVER_ERROR;
    }

    /** 4xx or 5xx. */
    public boolean isError() {
        return isClientError() || isServerError();
    }

    /** Where the code stands in the IANA registry. */
    public Registration registration() {
        return registration;
    }

    /** Whether the RFCs deprecate using the code at all (305 Use Proxy). */
    public boolean isDeprecated() {
        return deprecated;
    }

    /** Whether the catalog knows anything of this code beyond its class. */
    public boolean isKnown() {
        return registration.isInRegistry() || !unofficialMeanings.isEmpty();
    }

    /** For a temporary registration (104), the day it was registered. */
    public Optional<LocalDate> registeredOn() {
        return Optional.ofNullable(registeredOn);
    }

    /** For a temporary registration (104), the day it lapses unless renewed. */
    public Optional<LocalDate> expiresOn() {
        return Optional.ofNullable(expiresOn);
    }

    /** The name of this code's constant in this class, e.g. "NOT_FOUND"; empty for unregistered codes. */
    public Optional<String> constantName() {
        return Optional.ofNullable(constantName);
    }

    /**
     * The Django REST framework constant name, e.g. "HTTP_404_NOT_FOUND"; where DRF keeps an older
     * phrase, its spelling ("HTTP_413_REQUEST_ENTITY_TOO_LARGE"). Empty for unregistered codes.
     * {@link Http} holds the same names as {@code int} constants.
     */
    public Optional<String> drfName() {
        return Optional.ofNullable(drfName);
    }

    /** Phrases earlier specifications gave this code, oldest first. */
    public List<FormerPhrase> formerPhrases() {
        return formerPhrases;
    }

    /** Meanings vendors give this number outside the registry, most widely met first. */
    public List<UnofficialMeaning> unofficialMeanings() {
        return unofficialMeanings;
    }

    /** When to use the code and what a client does with it, in two or three sentences. */
    public String description() {
        String d = Descriptions.of(code);
        return d != null ? d : Descriptions.ofClass(statusClass);
    }

    /** The sections that define the code, the governing one first; empty for unregistered codes. */
    public List<Reference> references() {
        return references;
    }

    /** The header fields the specifications tie to this code. */
    public List<HeaderDuty> headerDuties() {
        return headerDuties;
    }

    /**
     * Whether a response with this code may carry content. False for every 1xx, 204 and 304 (RFC 9110
     * §6.4.1), and for 205, whose content a server must not generate (§15.3.6). A response to HEAD never
     * carries content whatever its code. Note that 206 does.
     */
    public boolean contentAllowed() {
        return contentAllowed;
    }

    /**
     * Whether a cache may store the response and reuse it without explicit freshness information
     * (heuristically cacheable): 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414 and 501, the list
     * in RFC 9110 §15.1, and 451, which RFC 7725 §3 adds. Codes such as 429, 431 and 511 must not be
     * stored at all (RFC 6585).
     */
    public boolean isCacheableByDefault() {
        return cacheableByDefault;
    }

    /**
     * Whether sending the same request again, unchanged, may succeed. True where the failure is about
     * timing or the path, not the request: 408 (the server gave up waiting; resend on a new connection),
     * 421 (resend on another connection), 425 (resend once the TLS handshake is complete), 429 and 503
     * (wait as long as Retry-After says, or back off), 502 and 504 (an upstream failed or was slow), and
     * vendor gateway timeouts such as Cloudflare's 520–524. A client should honour Retry-After when
     * present, back off exponentially otherwise, and retry non-idempotent requests only when it knows
     * they were not processed. Other 4xx codes need a changed request; other 5xx codes give no sign that
     * the failure will pass.
     */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * The request methods this code answers, in upper case; empty when it fits any method.
     * For example 201 fits POST, PUT and PATCH, 206 and 416 fit GET, 304 fits GET and HEAD.
     */
    public Set<String> methods() {
        return methods;
    }

    /**
     * For a redirect the client follows to Location (301, 302, 303, 307, 308), what becomes of the
     * request's method and content; empty for every other code, 300, 304 and 305 included.
     */
    public Optional<RedirectMethod> redirectMethod() {
        return Optional.ofNullable(redirectMethod);
    }

    /**
     * Whether this is a redirect for good (301, 308): clients may update stored links, and caches may
     * reuse it by default. False for temporary redirects (302, 303, 307) and every other code.
     */
    public boolean isPermanentRedirect() {
        return permanentRedirect;
    }

    /**
     * Whether this code may answer a request with {@code method}, in any case.
     *
     * @throws NullPointerException if {@code method} is null
     */
    public boolean fitsMethod(String method) {
        return methods.isEmpty() || methods.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * The usual cause and cure when this code answers {@code method}, where one is known:
     * {@code MOVED_PERMANENTLY.resolutionHint("PUT")} explains the missing trailing slash,
     * {@code INTERNAL_SERVER_ERROR.resolutionHint("POST")} points at the server's error log.
     *
     * @throws NullPointerException if {@code method} is null
     */
    public Optional<String> resolutionHint(String method) {
        String m = method.toUpperCase(Locale.ROOT);
        for (TypicalResponse t : Catalog.Typical.ALL) {
            if (t.status() == this && t.method().equals(m)) {
                return t.resolutionHint();
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- identity

    @Override
    public int compareTo(StatusCode other) {
        return Integer.compare(code, other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusCode other && other.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /** The code and its phrase, as in a status line: "404 Not Found". */
    @Override
    public String toString() {
        return code + " " + reasonPhrase;
    }

    static Optional<StatusCode> optionalOf(StatusCode code) {
        return Objects.requireNonNull(code).optional;
    }
}
