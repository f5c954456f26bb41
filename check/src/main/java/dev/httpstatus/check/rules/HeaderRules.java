package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.ERROR;
import static dev.httpstatus.check.model.Severity.INFO;
import static dev.httpstatus.check.model.Severity.WARNING;

import dev.httpstatus.Reference;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Rule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** Rules about header fields a response carries: whether their values parse and whether they fit the code. */
final class HeaderRules {

    private HeaderRules() {}

    private static final String[] NOT_IN_304 = {"Content-Type", "Content-Encoding", "Content-Language"};

    static List<Rule> rules() {
        return List.of(
            Rule.of("405-allow-lists-request-method", WARNING, Reference.rfc(9110, "15.5.6"),
                "405 response whose Allow lists the request's own method",
                "Either support the method or take it out of Allow.",
                (x, out) -> {
                    if (x.status() == 405 && !x.method().isEmpty()) {
                        for (String v : x.response().all("Allow")) {
                            for (String m : v.split(",")) {
                                if (m.trim().equals(x.method())) {
                                    out.report("Allow: " + v + " lists " + x.method());
                                    return;
                                }
                            }
                        }
                    }
                }),
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
                }),
            Rule.of("redirect-to-self", WARNING, Reference.rfc(9110, "15.4"),
                "redirect whose Location is the request's own URI",
                "Point the redirect elsewhere; a client following it loops until it gives up.",
                (x, out) -> {
                    boolean redirect = Facts.isRedirect(x.status());
                    // A redirect that sets a cookie may well lead back to the same URI in a new state.
                    if (redirect && x.isMethod("GET") && !x.response().has("Set-Cookie")) {
                        x.response().first("Location").flatMap(l -> resolve(x.url(), l))
                                .filter(target -> target.equals(withoutFragment(x.url())))
                                .ifPresent(target -> out.report("Location resolves to " + target));
                    }
                }),
            Rule.of("location-without-meaning", INFO, Reference.rfc(9110, "10.2.2"),
                "Location on a status code that gives it no meaning",
                "Send Location only with 201, 202 and the redirects; to name the content's own URI use Content-Location.",
                (x, out) -> {
                    if (x.response().has("Location") && !Facts.hasDuty(x.status(), "Location")) {
                        out.report("Location with " + x.status());
                    }
                }),
            Rule.of("content-range-outside-206-416", WARNING, Reference.rfc(9110, "14.4"),
                "Content-Range on a status code that gives it no meaning",
                "Send Content-Range only with 206 and 416; a whole representation needs none.",
                (x, out) -> {
                    if (x.response().has("Content-Range") && !Facts.hasDuty(x.status(), "Content-Range")) {
                        out.report("Content-Range with " + x.status());
                    }
                }),
            Rule.of("retry-after-invalid", ERROR, Reference.rfc(9110, "10.2.3"),
                "Retry-After is neither an HTTP-date nor delay-seconds",
                "Send a whole number of seconds (Retry-After: 120) or an IMF-fixdate (Retry-After: Fri, 31 Dec 1999 23:59:59 GMT).",
                (x, out) -> {
                    for (String v : x.response().all("Retry-After")) {
                        if (!HttpDate.isDelaySeconds(v) && !HttpDate.isValid(v)) {
                            out.report("Retry-After: " + v);
                        }
                    }
                }),
            Rule.of("304-with-content-metadata", WARNING, Reference.rfc(9110, "15.4.5"),
                "304 response carrying representation metadata",
                "Leave Content-Type, Content-Encoding and Content-Language out of a 304; the cache keeps its own.",
                (x, out) -> {
                    if (x.status() == 304) {
                        for (String h : NOT_IN_304) {
                            x.response().first(h).ifPresent(v -> out.report(h + ": " + v));
                        }
                    }
                })
        );
    }

    /** Why {@code text} is not a URI reference, or null when it is one. */
    static String invalidUri(String text) {
        if (text.isEmpty()) {
            return "empty";
        }
        try {
            new URI(text);
            return null;
        } catch (URISyntaxException e) {
            return e.getReason() + " at index " + e.getIndex();
        }
    }

    private static Optional<String> resolve(String base, String location) {
        try {
            return Optional.of(withoutFragment(new URI(base).resolve(new URI(location.trim())).normalize().toString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // an unparsable Location is another rule's finding
        }
    }

    private static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    static boolean isGetOrHead(Exchange x) {
        return x.isMethod("GET") || x.isMethod("HEAD");
    }
}
