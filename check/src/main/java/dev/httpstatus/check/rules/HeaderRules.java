package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.ERROR;
import static dev.httpstatus.check.model.Severity.INFO;
import static dev.httpstatus.check.model.Severity.WARNING;

import dev.httpstatus.HttpDate;
import dev.httpstatus.Method;
import dev.httpstatus.Reference;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Locations;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Rule;
import java.util.List;

/** Rules about header fields a response carries: whether their values parse and whether they fit the code. */
final class HeaderRules {

    private HeaderRules() {}

    /** Fields whose value is one HTTP-date; Expires is left out, as "0" there is common and harmless. */
    private static final String[] DATES = {"Date", "Last-Modified"};
    /** Every field whose value may be an HTTP-date, where a sender must use IMF-fixdate. */
    private static final String[] DATED = {"Date", "Last-Modified", "Expires", "Retry-After"};

    static List<Rule> rules() {
        return List.of(
            Rule.of("405-allow-lists-request-method", WARNING, Reference.rfc(9110, "15.5.6"),
                "405 response whose Allow lists the request's own method",
                "Either support the method or take it out of Allow.",
                (x, out) -> {
                    if (x.status() == 405 && x.method().isPresent()) {
                        String method = x.method().get().token();
                        for (String v : x.response().all("Allow")) {
                            for (String m : v.split(",")) {
                                if (m.trim().equals(method)) {
                                    out.report("Allow: " + v + " lists " + method);
                                    return;
                                }
                            }
                        }
                    }
                }).forStatus(s -> s == 405).needing(Fact.METHOD, Fact.RESPONSE_FIELDS),
            Rule.of("location-not-uri-reference", ERROR, Reference.rfc(9110, "10.2.2"),
                "Location is not a valid URI reference",
                "Percent-encode spaces and other characters outside RFC 3986 in Location.",
                (x, out) -> {
                    for (String v : x.response().all("Location")) {
                        String bad = invalidUri(v.trim());
                        if (bad != null) {
                            out.report("Location: " + v + " (" + bad + ")");
                        }
                    }
                }).needing(Fact.RESPONSE_FIELDS),
            Rule.of("redirect-to-self", WARNING, Reference.rfc(9110, "15.4"),
                "redirect whose Location is the request's own URI",
                "Point the redirect elsewhere; a client following it loops until it gives up.",
                (x, out) -> {
                    boolean redirect = Facts.isRedirect(x.status());
                    // A redirect that sets a cookie may well lead back to the same URI in a new state.
                    if (redirect && x.isMethod(Method.GET) && !x.response().has("Set-Cookie")) {
                        x.response().first("Location").flatMap(l -> Locations.resolve(x.url(), l))
                                .filter(target -> target.equals(Locations.withoutFragment(x.url())))
                                .ifPresent(target -> out.report("Location resolves to " + target));
                    }
                }).forStatus(Facts::isRedirect).needing(Fact.METHOD, Fact.URL, Fact.RESPONSE_FIELDS),
            Rule.of("location-without-meaning", INFO, Reference.rfc(9110, "10.2.2"),
                "Location on a status code that gives it no meaning",
                "Send Location only with 201, 202 and the redirects; to name the content's own URI use Content-Location.",
                (x, out) -> {
                    // 202 is left alone: many APIs name the status monitor there, and RFC 9110 does not
                    // forbid it, so advice against it would be noise on well-behaved traffic.
                    if (x.response().has("Location") && !Facts.defines(x.status(), "Location") && x.status() != 202) {
                        out.report("Location with " + x.status());
                    }
                }).needing(Fact.RESPONSE_FIELDS),
            Rule.of("content-range-outside-206-416", WARNING, Reference.rfc(9110, "14.4"),
                "Content-Range on a status code that gives it no meaning",
                "Send Content-Range only with 206 and 416; a whole representation needs none.",
                (x, out) -> {
                    if (x.response().has("Content-Range") && !Facts.defines(x.status(), "Content-Range")) {
                        out.report("Content-Range with " + x.status());
                    }
                }).needing(Fact.RESPONSE_FIELDS),
            Rule.of("retry-after-invalid", ERROR, Reference.rfc(9110, "10.2.3"),
                "Retry-After is neither an HTTP-date nor delay-seconds",
                "Send a whole number of seconds (Retry-After: 120) or an IMF-fixdate (Retry-After: Fri, 31 Dec 1999 23:59:59 GMT).",
                (x, out) -> {
                    for (String v : x.response().all("Retry-After")) {
                        if (!isDelaySeconds(v) && !HttpDate.isHttpDate(v)) {
                            out.report("Retry-After: " + v);
                        }
                    }
                }).needing(Fact.RESPONSE_FIELDS),
            Rule.of("http-date-invalid", ERROR, Reference.rfc(9110, "5.6.7"),
                "Date or Last-Modified is not an HTTP-date",
                "Write the time as an IMF-fixdate, e.g. Sun, 06 Nov 1994 08:49:37 GMT (two-digit day, GMT).",
                (x, out) -> {
                    // by index: this runs on every exchange, and a list per field is garbage per exchange
                    Headers h = x.response();
                    for (int i = 0; i < h.size(); i++) {
                        if (isOneOf(h.name(i), DATES) && !HttpDate.isHttpDate(h.value(i))) {
                            out.report(h.name(i) + ": " + h.value(i));
                        }
                    }
                }).needing(Fact.RESPONSE_FIELDS),
            Rule.of("http-date-obsolete-form", ERROR, Reference.rfc(9110, "5.6.7"),
                "HTTP-date in an obsolete form (RFC 850 or asctime)",
                "Generate dates as IMF-fixdate; recipients must still read the old forms, senders must not write them.",
                (x, out) -> {
                    Headers h = x.response();
                    for (int i = 0; i < h.size(); i++) {
                        String v = h.value(i);
                        if (isOneOf(h.name(i), DATED) && HttpDate.isHttpDate(v) && !HttpDate.isImfFixdate(v)) {
                            out.report(h.name(i) + ": " + v + " (" + HttpDate.parse(v).orElseThrow().form() + ")");
                        }
                    }
                }).needing(Fact.RESPONSE_FIELDS)
        );
    }

    private static boolean isOneOf(String name, String[] names) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Why {@code text} is not a URI reference (RFC 3986), or null when it is one. */
    static String invalidUri(String text) {
        return UriReference.problem(text);
    }

    static boolean isGetOrHead(Exchange x) {
        return x.isMethod(Method.GET) || x.isMethod(Method.HEAD);
    }

    /** Whether {@code text} is delay-seconds: one or more digits, nothing else. */
    static boolean isDelaySeconds(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
