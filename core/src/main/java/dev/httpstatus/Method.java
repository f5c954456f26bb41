package dev.httpstatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request method: the registered ones as constants, any other token as a value.
 *
 * <pre>{@code
 * Method.GET.isSafe();                 // true
 * Method.PUT.isIdempotent();           // true
 * Method.of("PROPFIND").isSafe();      // true (RFC 4918, from the IANA method registry)
 * Method.of("PURGE").isRegistered();   // false: a valid token nobody registered
 * Method.parse("get");                 // Optional[get]: methods are case-sensitive, so not GET
 * Method.of("GET") == Method.GET;      // registered methods are canonical
 * }</pre>
 *
 * <p>Method names are case-sensitive (RFC 9110 §9.1): {@code "get"} is a valid, unregistered method
 * that is not {@link #GET}. Use {@link #ofIgnoringCase(String)} where people, not programs, type them.
 * Immutable and safe to share between threads; registered methods compare with {@code ==}.
 */
public final class Method implements Comparable<Method> {

    // The IANA HTTP Method Registry, one row a method: name, safe, idempotent, defining document.
    // Cacheable is RFC 9110 §9.2.3's own list (GET, HEAD, POST), not a registry column.
    private static final Map<String, Method> REGISTRY = new HashMap<>(64);
    private static final List<Method> REGISTERED = new ArrayList<>(40);

    /** GET: transfer a current representation of the target (RFC 9110 §9.3.1). */
    public static final Method GET = row("GET", true, true, 9110, "9.3.1");
    /** HEAD: like GET, but the response carries no content (RFC 9110 §9.3.2). */
    public static final Method HEAD = row("HEAD", true, true, 9110, "9.3.2");
    /** POST: have the target process the enclosed content (RFC 9110 §9.3.3). */
    public static final Method POST = row("POST", false, false, 9110, "9.3.3");
    /** PUT: replace, or create, the target's state with the enclosed representation (RFC 9110 §9.3.4). */
    public static final Method PUT = row("PUT", false, true, 9110, "9.3.4");
    /** DELETE: remove the association between the target and its current state (RFC 9110 §9.3.5). */
    public static final Method DELETE = row("DELETE", false, true, 9110, "9.3.5");
    /** CONNECT: open a tunnel to the server named by the target (RFC 9110 §9.3.6). */
    public static final Method CONNECT = row("CONNECT", false, false, 9110, "9.3.6");
    /** OPTIONS: ask which communication options the target offers (RFC 9110 §9.3.7). */
    public static final Method OPTIONS = row("OPTIONS", true, true, 9110, "9.3.7");
    /** TRACE: have the request echoed back, for diagnosis (RFC 9110 §9.3.8). */
    public static final Method TRACE = row("TRACE", true, true, 9110, "9.3.8");
    /** PATCH: apply a set of changes to the target (RFC 5789 §2). */
    public static final Method PATCH = row("PATCH", false, false, 5789, "2");

    static {
        row("ACL", false, true, 3744, "8.1");
        row("BASELINE-CONTROL", false, true, 3253, "12.6");
        row("BIND", false, true, 5842, "4");
        row("CHECKIN", false, true, 3253, "9.4");
        row("CHECKOUT", false, true, 3253, "8.8");
        row("COPY", false, true, 4918, "9.8");
        row("LABEL", false, true, 3253, "8.2");
        row("LINK", false, true, 2068, "19.6.1.2");
        row("LOCK", false, false, 4918, "9.10");
        row("MERGE", false, true, 3253, "11.2");
        row("MKACTIVITY", false, true, 3253, "13.5");
        row("MKCALENDAR", false, true, 4791, "5.3.1");
        row("MKCOL", false, true, 4918, "9.3");
        row("MKREDIRECTREF", false, true, 4437, "6");
        row("MKWORKSPACE", false, true, 3253, "6.3");
        row("MOVE", false, true, 4918, "9.9");
        row("ORDERPATCH", false, true, 3648, "7");
        row("PRI", true, true, 9113, "3.4");
        row("PROPFIND", true, true, 4918, "9.1");
        row("PROPPATCH", false, true, 4918, "9.2");
        row("QUERY", true, true, new Reference("draft-ietf-httpbis-safe-method-w-body", "2",
                "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-safe-method-w-body#section-2"));
        row("REBIND", false, true, 5842, "6");
        row("REPORT", true, true, 3253, "3.6");
        row("SEARCH", true, true, 5323, "2");
        row("UNBIND", false, true, 5842, "5");
        row("UNCHECKOUT", false, true, 3253, "4.5");
        row("UNLINK", false, true, 2068, "19.6.1.3");
        row("UNLOCK", false, true, 4918, "9.11");
        row("UPDATE", false, true, 3253, "7.1");
        row("UPDATEREDIRECTREF", false, true, 4437, "7");
        row("VERSION-CONTROL", false, true, 3253, "3.5");
        REGISTERED.sort(null);
    }

    private final String token;
    private final boolean registered;
    private final boolean safe;
    private final boolean idempotent;
    private final Reference reference;

    private Method(String token, boolean registered, boolean safe, boolean idempotent, Reference reference) {
        this.token = token;
        this.registered = registered;
        this.safe = safe;
        this.idempotent = idempotent;
        this.reference = reference;
    }

    private static Method row(String token, boolean safe, boolean idempotent, int rfc, String section) {
        return row(token, safe, idempotent, Reference.rfc(rfc, section));
    }

    private static Method row(String token, boolean safe, boolean idempotent, Reference reference) {
        Method m = new Method(token, true, safe, idempotent, reference);
        REGISTRY.put(token, m);
        REGISTERED.add(m);
        return m;
    }

    /**
     * The method named by {@code token}, exactly as written (method names are case-sensitive).
     * Registered methods come back as their canonical instance.
     *
     * @throws IllegalArgumentException if {@code token} is empty or not an RFC 9110 token
     *                                  (letters, digits and {@code !#$%&'*+-.^_`|~})
     * @throws NullPointerException     if {@code token} is null
     */
    public static Method of(String token) {
        Objects.requireNonNull(token, "token");
        Method known = REGISTRY.get(token);
        if (known != null) {
            return known;
        }
        int bad = firstNonTokenChar(token);
        if (token.isEmpty() || bad >= 0) {
            throw new IllegalArgumentException(token.isEmpty() ? "a method name cannot be empty"
                    : "'" + token + "' is not a method name: character " + (bad + 1)
                            + " is not allowed in a token (letters, digits and !#$%&'*+-.^_`|~)");
        }
        return new Method(token, false, false, false, null);
    }

    /**
     * Like {@link #of(String)}, but never throws: empty for null, empty or non-token text.
     *
     * <pre>{@code Method.parse("GET /x")  // Optional.empty: a space is not allowed}</pre>
     */
    public static Optional<Method> parse(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Method known = REGISTRY.get(token);
        if (known != null) {
            return Optional.of(known);
        }
        return firstNonTokenChar(token) >= 0 ? Optional.empty() : Optional.of(new Method(token, false, false, false, null));
    }

    /**
     * The method a person most likely meant: a registered method matching {@code token} in any case
     * ({@code "put"} → PUT), otherwise {@code token} itself.
     *
     * @throws IllegalArgumentException if {@code token} is not a token
     */
    public static Method ofIgnoringCase(String token) {
        Objects.requireNonNull(token, "token");
        Method upper = REGISTRY.get(token.toUpperCase(Locale.ROOT));
        return upper != null ? upper : of(token);
    }

    /** Every method in the IANA HTTP Method Registry, in alphabetical order. */
    public static List<Method> registered() {
        return List.copyOf(REGISTERED);
    }

    /**
     * The methods most APIs deal in, in the order people list them: GET, HEAD, POST, PUT, PATCH,
     * DELETE, OPTIONS.
     */
    public static List<Method> common() {
        return List.of(GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS);
    }

    private static int firstNonTokenChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return i;
            }
        }
        return -1;
    }

    /** The name as sent on the request line, e.g. "GET". */
    public String token() {
        return token;
    }

    /** Whether the IANA HTTP Method Registry lists this method. */
    public boolean isRegistered() {
        return registered;
    }

    /**
     * Whether the method is read-only by definition (RFC 9110 §9.2.1): GET, HEAD, OPTIONS, TRACE and
     * the registry's other safe methods such as PROPFIND. False for unregistered methods, whose
     * semantics nobody has defined.
     */
    public boolean isSafe() {
        return safe;
    }

    /**
     * Whether repeating the request has the same effect as sending it once (RFC 9110 §9.2.2): every
     * safe method, PUT and DELETE, and most WebDAV methods; not POST, PATCH, CONNECT or LOCK.
     * False for unregistered methods.
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    /**
     * Whether responses to this method may be stored by a cache (RFC 9110 §9.2.3): GET, HEAD and
     * POST (POST only with explicit freshness and a matching Content-Location).
     */
    public boolean isCacheable() {
        return this == GET || this == HEAD || this == POST;
    }

    /** The section defining the method; empty for unregistered methods. */
    public Optional<Reference> reference() {
        return Optional.ofNullable(reference);
    }

    @Override
    public int compareTo(Method other) {
        return token.compareTo(other.token);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Method m && m.token.equals(token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }

    /** The token, e.g. "GET". */
    @Override
    public String toString() {
        return token;
    }
}
