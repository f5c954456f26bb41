package dev.httpstatus.check.rules;

import dev.httpstatus.HeaderDuty;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Exchange;
import java.util.Locale;
import java.util.Set;

/** Lookups the rules share: the catalog's duties, and a few facts of HTTP syntax the catalog does not hold. */
final class Facts {

    private Facts() {}

    /** Methods whose semantics are read-only (RFC 9110 §9.2.1). */
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * The catalog's duty for {@code header} on {@code code}. A rule asking for a duty the catalog lacks
     * is a programming error, caught when the rule set is built.
     */
    static HeaderDuty duty(int code, String header) {
        for (HeaderDuty d : StatusCode.of(code).headerDuties()) {
            if (d.header().equalsIgnoreCase(header)) {
                return d;
            }
        }
        throw new IllegalStateException("the catalog has no " + header + " duty for " + code);
    }

    /** Whether the catalog ties {@code header} to {@code code} at all. */
    static boolean hasDuty(int code, String header) {
        if (code < StatusCode.MIN_CODE || code > StatusCode.MAX_CODE) {
            return false;
        }
        for (HeaderDuty d : StatusCode.of(code).headerDuties()) {
            if (d.header().equalsIgnoreCase(header)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code status} is a redirect a client follows to Location (301, 302, 303, 307, 308 in the catalog). */
    static boolean isRedirect(int status) {
        return status >= StatusCode.MIN_CODE && status <= StatusCode.MAX_CODE
                && StatusCode.of(status).redirectMethod().isPresent();
    }

    /** The catalog entry for an exchange's status, or null when the status is not a valid HTTP code (100–599). */
    static StatusCode code(Exchange x) {
        int s = x.status();
        return s >= 100 && s <= 599 ? StatusCode.of(s) : null;
    }

    /** The media type of a Content-Type value, lower-cased, without parameters. */
    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the response's media type is {@code type}. */
    static boolean isMediaType(Exchange x, String type) {
        return x.response().first("Content-Type").map(v -> mediaType(v).equals(type)).orElse(false);
    }

    /** Whether the request carried any of the named fields. */
    static boolean requestHasAny(Exchange x, String... names) {
        for (String n : names) {
            if (x.request().has(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the message carries content we know of: a positive recorded length. */
    static boolean hasContent(Exchange x) {
        return x.bodyLength() > 0;
    }
}
