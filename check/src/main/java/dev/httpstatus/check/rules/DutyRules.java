package dev.httpstatus.check.rules;

import dev.httpstatus.HeaderDuty;
import dev.httpstatus.Reference;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Rules for header fields a code must or should carry. Severity and reference come from the
 * catalog's {@link HeaderDuty}: a MUST gives an error, a SHOULD a warning, a MAY advice.
 */
final class DutyRules {

    private DutyRules() {}

    private static final Pattern UNSATISFIED_RANGE = Pattern.compile("(?i)bytes\\s*\\*/\\d+");

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(missing(101, "Upgrade", x -> true,
                "Name the protocol being switched to in Upgrade, e.g. \"Upgrade: websocket\"."));
        rules.add(missing(201, "Location", x -> !x.isMethod("PUT"),
                "Point Location at the resource just created (a PUT creates the target itself and needs none)."));
        rules.add(missing(206, "Content-Range", x -> !Facts.isMediaType(x, "multipart/byteranges"),
                "Send Content-Range: bytes first-last/length with a single-part 206."));
        rules.add(missing(304, "Date", x -> true,
                "Send Date with the 304 as the 200 would have; a cache needs it to judge freshness."));
        rules.add(missing(401, "WWW-Authenticate", x -> true,
                "Send at least one challenge, e.g. WWW-Authenticate: Bearer realm=\"api\"; or use 403 if no credentials can help."));
        rules.add(missing(405, "Allow", x -> true,
                "List the methods the resource does support, e.g. Allow: GET, HEAD."));
        rules.add(missing(407, "Proxy-Authenticate", x -> true,
                "Send at least one challenge for the proxy in Proxy-Authenticate."));
        rules.add(missing(408, "Connection", x -> x.responseVersion().isHttp1() && !closes(x),
                "Send Connection: close with a 408 and close the connection.", "408-without-connection-close",
                "408 response without Connection: close"));
        rules.add(missing(426, "Upgrade", x -> true,
                "Name the protocol the client has to switch to in Upgrade, and send Connection: upgrade."));
        rules.add(missing(429, "Retry-After", x -> true,
                "Say when to try again with Retry-After (seconds or an HTTP-date) so that clients need not guess."));
        rules.add(missing(451, "Link", x -> !blockedBy(x),
                "Name who demands the block with Link: <uri>; rel=\"blocked-by\".", "451-without-blocked-by-link",
                "451 response without a Link rel=\"blocked-by\""));
        rules.add(missing(503, "Retry-After", x -> true,
                "When the outage's end is known, say so with Retry-After so that clients back off just long enough."));
        rules.add(redirectsWithoutLocation());
        HeaderDuty range = Facts.duty(416, "Content-Range");
        rules.add(Rule.of("416-without-content-range", Severity.of(range.level()), range.reference(),
                "416 response without Content-Range: bytes */length",
                "Send Content-Range: bytes */<current length> so that the client can ask for a range that exists.",
                (x, out) -> {
                    if (x.status() == 416) {
                        String v = x.response().first("Content-Range").orElse(null);
                        if (v == null) {
                            out.report("");
                        } else if (!UNSATISFIED_RANGE.matcher(v.trim()).matches()) {
                            out.report("Content-Range: " + v);
                        }
                    }
                }));
        return rules;
    }

    /** A rule broken when a {@code code} response lacks {@code header} and {@code applies} holds. */
    private static Rule missing(int code, String header, Predicate<Exchange> applies, String fix) {
        return missing(code, header, x -> !x.response().has(header) && applies.test(x), fix,
                code + "-without-" + header.toLowerCase(Locale.ROOT), code + " response without " + header);
    }

    /** A rule broken when a {@code code} response fails {@code violated}; the duty gives level and reference. */
    private static Rule missing(int code, String header, Predicate<Exchange> violated, String fix, String id, String message) {
        HeaderDuty d = Facts.duty(code, header);
        return Rule.of(id, Severity.of(d.level()), d.reference(), message, fix, (x, out) -> {
            if (x.status() == code && violated.test(x)) {
                out.report("");
            }
        });
    }

    /** One rule for the five redirects whose Location the catalog asks for; severity from their duty. */
    private static Rule redirectsWithoutLocation() {
        Severity severity = null;
        for (StatusCode code : StatusCode.registered()) {
            if (!Facts.isRedirect(code.code())) {
                continue;
            }
            Severity s = Severity.of(Facts.duty(code.code(), "Location").level());
            if (severity != null && s != severity) {
                throw new IllegalStateException("the catalog's Location duties of its redirects differ in level");
            }
            severity = s;
        }
        return Rule.of("3xx-without-location", severity, Reference.rfc(9110, "15.4"),
                "redirect without Location",
                "Send Location with the URI to go to; without it the client cannot follow.",
                (x, out) -> {
                    int s = x.status();
                    if (Facts.isRedirect(s) && !x.response().has("Location")) {
                        out.report(StatusCode.of(s) + " (" + Facts.duty(s, "Location").reference() + ")");
                    }
                });
    }

    private static boolean closes(Exchange x) {
        for (String v : x.response().all("Connection")) {
            for (String token : v.split(",")) {
                if (token.trim().equalsIgnoreCase("close")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean blockedBy(Exchange x) {
        for (String v : x.response().all("Link")) {
            if (v.toLowerCase(Locale.ROOT).replace(" ", "").contains("rel=\"blocked-by\"")
                    || v.toLowerCase(Locale.ROOT).replace(" ", "").contains("rel=blocked-by")) {
                return true;
            }
        }
        return false;
    }
}
