package dev.httpstatus.check.rules;

import dev.httpstatus.Duty;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Exchange;
import java.util.Locale;

/** Lookups the rules share: the catalog's facts about a code, and a few facts of HTTP syntax. */
final class Facts {

    private Facts() {}

    /** Whether the catalog has a duty to send {@code field} with {@code status} (its meaning is defined there). */
    static boolean defines(int status, String field) {
        if (status < StatusCode.MIN_CODE || status > StatusCode.MAX_CODE) {
            return false;
        }
        for (Duty d : StatusCode.of(status).headerDuties()) {
            if (!d.isGeneral() && !d.level().forbids() && d.field().orElseThrow().equalsIgnoreCase(field)) {
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
}
