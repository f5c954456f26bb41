package dev.httpstatus;

import java.time.LocalDate;
import java.util.List;
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
 * StatusCode.METHOD_NOT_ALLOWED.headerDuties();   // [MUST send Allow (always: …; RFC 9110 §15.5.6), …]
 * StatusCode.CREATED.fitsMethod(Method.POST);     // true
 * }</pre>
 *
 * <p>Unlike an enum, this type covers every code from 100 to 999: registered, reserved, obsolete,
 * vendor-specific and unknown. Only 100–599 are valid on the wire (RFC 9110 §15); the rest exist
 * because programs meet them anyway, and a client treats them as server errors.
 * Enumerations and search live in {@link StatusCodes}, the codes an API answers per method in
 * {@link MethodUsage}. There is exactly one instance per code, created once; {@link #of(int)}
 * only indexes an array, so values can be compared with {@code ==} and looking one up never allocates.
 * A constant exists for every code in the IANA registry; the constant a code maps to never depends
 * on declaration order, because each number has a single instance.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class StatusCode implements Comparable<StatusCode> {

    /**
     * Every code from 100 to 999, indexed by {@code code - 100}. Built here, before the constants that
     * read it, and owned here so that no other class's initialisation can wait on this one's: whatever
     * class of the core a program (or several threads) touches first, initialisation cannot deadlock.
     */
    private static final StatusCode[] CODES = Catalog.build();

    // @generated-constants

    private final int code;
    private final String reasonPhrase;
    private final StatusClass statusClass;
    private final Registration registration;
    private final String constantName;
    private final String drfName;
    private final List<Reference> references;
    private final List<FormerPhrase> formerPhrases;
    private final List<UnofficialMeaning> unofficialMeanings;
    private final boolean cacheableByDefault;
    private final boolean retryable;
    private final boolean deprecated;
    private final Set<Method> methods;
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
        boolean cacheable;
        boolean retryable;
        boolean deprecated;
        Set<Method> methods = Set.of();
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
        return CODES[code - Catalog.MIN];
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
        return code < 0 ? Optional.empty() : CODES[code - Catalog.MIN].optional;
    }

    /**
     * Finds a code by one of its names: the constant ({@code "NOT_FOUND"}), the Django REST framework
     * name ({@code "HTTP_404_NOT_FOUND"}), the current phrase ({@code "not found"}), a former phrase
     * ({@code "Request Entity Too Large"} → 413), or a vendor's phrase for a code the registry gives
     * no meaning ({@code "Client Closed Request"} → 499; IIS's "Redirect" is not 451).
     *
     * <p>Lenient only in how a name is written: case is ignored; words may be separated by spaces,
     * {@code '_'}, {@code '-'} or {@code '.'}, or run together as one word ({@code "TooManyRequests"},
     * {@code "notfound"}); apostrophes may be left out ({@code "Im a teapot"}); quotes, brackets and
     * spaces around the name are ignored. Anything else is no name: control characters, emoji,
     * non-ASCII letters, letters spaced out one by one, typos. Where a phrase has meant several codes,
     * the registered meaning wins over a former one, and a former one over a vendor's. For free text
     * and typos, use {@link StatusCodes#search(String)}. Never throws; unknown or {@code null} names
     * give an empty result.
     */
    public static Optional<StatusCode> forName(String name) {
        return Names.find(name);
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

    /**
     * 4xx or 5xx, or an invalid code (600–999): RFC 9110 §15 asks a client to treat a response with a
     * code outside 100–599 as a server error.
     */
    public boolean isError() {
        return code >= 400;
    }

    /** Whether the code is valid in HTTP: 100–599 (RFC 9110 §15). Codes 600–999 are values, never sent. */
    public boolean isValid() {
        return code <= 599;
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

    /**
     * Everything the specifications ask of a response with this code: header fields to send or to
     * leave out, content it must not have; those about this code first, then those of its whole class
     * (Date on every 2xx–4xx). Every entry of {@link Duty#all()} that applies.
     */
    public List<Duty> duties() {
        return Catalog.DutyRows.of(code);
    }

    /**
     * The header fields the specifications tie to this code, those about this code first, then those
     * of its class; prohibitions (MUST NOT, SHOULD NOT) included.
     *
     * <pre>{@code StatusCode.UNAUTHORIZED.headerDuties().get(0)  // MUST send WWW-Authenticate (always: …)}</pre>
     */
    public List<Duty> headerDuties() {
        return Catalog.DutyRows.headersOf(code);
    }

    /**
     * Whether a response with this code may carry content. False for every 1xx, 204 and 304 (RFC 9110
     * §6.4.1), and for 205, whose content a server must not generate (§15.3.6). A response to HEAD never
     * carries content whatever its code. Note that 206 does. Read from the content duties.
     */
    public boolean contentAllowed() {
        return Catalog.DutyRows.contentAllowed(code);
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
     * Whether and when to send the same request again: {@link Retry#AFTER_DELAY} exactly when
     * {@link #isRetryable()}, {@link Retry#IF_RETRY_AFTER} for 413, {@link Retry#MAYBE_LATER} for 404,
     * {@link Retry#AFTER_CHANGE} for other 4xx, {@link Retry#NOT_EXPECTED} for other 5xx and invalid
     * codes, {@link Retry#NOT_NEEDED} for 1xx–3xx.
     *
     * <pre>{@code StatusCode.CONTENT_TOO_LARGE.retry().description()  // "only if the response carries Retry-After, …"}</pre>
     */
    public Retry retry() {
        return Retry.of(this);
    }

    /**
     * The request methods this code answers; empty when it fits any method.
     * For example 201 fits POST, PUT and PATCH, 206 and 416 fit GET, 304 fits GET and HEAD.
     */
    public Set<Method> methods() {
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
     * Whether this code may answer a request with {@code method}.
     *
     * @throws NullPointerException if {@code method} is null
     */
    public boolean fitsMethod(Method method) {
        Objects.requireNonNull(method, "method");
        return methods.isEmpty() || methods.contains(method);
    }

    /**
     * The usual cause and cure when this code answers {@code method}, where one is known:
     * {@code MOVED_PERMANENTLY.resolutionHint(Method.PUT)} explains the missing trailing slash,
     * {@code INTERNAL_SERVER_ERROR.resolutionHint(Method.POST)} points at the server's error log.
     *
     * @throws NullPointerException if {@code method} is null
     */
    public Optional<String> resolutionHint(Method method) {
        return MethodUsage.hint(this, method);
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
