package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.ERROR;
import static dev.httpstatus.check.model.Severity.INFO;
import static dev.httpstatus.check.model.Severity.WARNING;

import dev.httpstatus.Method;
import dev.httpstatus.Reference;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.HttpVersion;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Rule;
import java.util.List;
import java.util.Locale;

/** Rules that judge the code against the request that caused it. */
final class RequestRules {

    private RequestRules() {}

    private static final String[] ACCEPT = {"Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language"};
    private static final String[] PRECONDITIONS = {"If-Match", "If-None-Match", "If-Unmodified-Since", "If-Modified-Since"};

    static List<Rule> rules() {
        return List.of(
            Rule.of("1xx-to-http-1.0", ERROR, Reference.rfc(9110, "15.2"),
                "interim 1xx response to an HTTP/1.0 request",
                "Send no 1xx to an HTTP/1.0 client; it cannot tell one from the final response.",
                (x, out) -> {
                    if (x.status() >= 100 && x.status() <= 199 && x.requestVersion() == HttpVersion.HTTP_1_0) {
                        out.report(x.status() + " to an HTTP/1.0 request");
                    }
                }).forStatus(s -> s >= 100 && s <= 199).needing(Fact.VERSION),
            Rule.of("100-without-expect", INFO, Reference.rfc(9110, "10.1.1"),
                "100 Continue to a request without Expect: 100-continue",
                "Send 100 only when the client asked for it; others may not expect an interim response.",
                (x, out) -> {
                    if (x.status() == 100 && !x.request().first("Expect")
                            .map(v -> v.toLowerCase(Locale.ROOT).contains("100-continue")).orElse(false)) {
                        out.report("");
                    }
                }).forStatus(s -> s == 100).needing(Fact.REQUEST_FIELDS),
            Rule.of("501-to-get-or-head", ERROR, Reference.rfc(9110, "9.1"),
                "501 Not Implemented to GET or HEAD",
                "Implement GET and HEAD: every general-purpose server must; HEAD is GET without the content.",
                (x, out) -> {
                    if (x.status() == 501 && HeaderRules.isGetOrHead(x)) {
                        out.report("501 to " + x.methodText());
                    }
                }).forStatus(s -> s == 501).needing(Fact.METHOD),
            Rule.of("405-to-get-or-head", INFO, Reference.rfc(9110, "9.1"),
                "405 Method Not Allowed to GET or HEAD",
                "Fine for an endpoint that only takes actions; a resource that has a representation should serve GET and HEAD.",
                (x, out) -> {
                    if (x.status() == 405 && HeaderRules.isGetOrHead(x)) {
                        out.report("405 to " + x.methodText());
                    }
                }).forStatus(s -> s == 405).needing(Fact.METHOD),
            Rule.of("status-does-not-fit-method", WARNING, Reference.rfc(9110, "15"),
                "status code that does not answer the request's method",
                "Answer with a code defined for this method: 201 for POST, PUT or PATCH; 206, 416 and Range for GET;"
                        + " 304 for conditional GET or HEAD.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    Method m = x.method().orElseThrow();
                    if (c != null && !c.fitsMethod(m)) {
                        out.report(c + " to " + m + ": it answers " + join(c.methods()));
                    }
                }).forStatus(s -> s >= 100 && s <= 599 && !StatusCode.of(s).methods().isEmpty()).needing(Fact.METHOD),
            Rule.of("101-without-upgrade-request", ERROR, Reference.rfc(9110, "7.8"),
                "101 Switching Protocols to a request that offered no Upgrade",
                "Switch only to a protocol the client listed in its Upgrade header; otherwise answer the request as is.",
                (x, out) -> {
                    if (!x.request().has("Upgrade")) {
                        out.report("");
                    }
                }).forStatus(s -> s == 101).needing(Fact.REQUEST_FIELDS),
            Rule.of("206-with-unsatisfied-range", ERROR, Reference.rfc(9110, "14.4"),
                "206 Partial Content whose Content-Range is the unsatisfied form bytes */length",
                "Send bytes first-last/length with a 206; the */length form belongs to 416.",
                (x, out) -> {
                    for (String v : x.response().all("Content-Range")) {
                        if (dev.httpstatus.FieldValue.unsatisfiedRange().accepts(java.util.List.of(v))) {
                            out.report("Content-Range: " + v);
                        }
                    }
                }).forStatus(s -> s == 206).needing(Fact.RESPONSE_FIELDS),
            Rule.of("206-without-range", WARNING, Reference.rfc(9110, "14.2"),
                "206 Partial Content to a request without Range",
                "Send the whole representation with 200 unless the client asked for a range.",
                (x, out) -> {
                    if (x.status() == 206 && !x.request().has("Range")) {
                        out.report("");
                    }
                }).forStatus(s -> s == 206).needing(Fact.REQUEST_FIELDS),
            causeless("406-without-accept", 406, Reference.rfc(9110, "12.5.1"),
                "406 Not Acceptable to a request without Accept, Accept-Charset, Accept-Encoding or Accept-Language",
                "A request without Accept* accepts anything: send the default representation.", ACCEPT),
            causeless("412-without-precondition", 412, Reference.rfc(9110, "13.1"),
                "412 Precondition Failed to a request without a precondition",
                "Send 412 only when an If-Match, If-None-Match, If-Unmodified-Since or If-Modified-Since failed.",
                PRECONDITIONS),
            causeless("416-without-range", 416, Reference.rfc(9110, "15.5.17"),
                "416 Range Not Satisfiable to a request without Range",
                "Send 416 only when the request's Range selects nothing.", "Range"),
            causeless("417-without-expect", 417, Reference.rfc(9110, "15.5.18"),
                "417 Expectation Failed to a request without Expect",
                "Send 417 only when the request's Expect cannot be met.", "Expect")
        );
    }

    private static String join(java.util.Set<Method> methods) {
        StringBuilder b = new StringBuilder();
        for (Method m : methods) {
            b.append(b.length() == 0 ? "" : ", ").append(m);
        }
        return b.toString();
    }

    private static Rule causeless(String id, int code, Reference ref, String message, String fix, String... causes) {
        return Rule.of(id, WARNING, ref, message, fix, (Exchange x, Rule.Reporter out) -> {
            if (x.status() == code && !Facts.requestHasAny(x, causes)) {
                out.report("");
            }
        }).forStatus(s -> s == code).needing(Fact.REQUEST_FIELDS);
    }
}
