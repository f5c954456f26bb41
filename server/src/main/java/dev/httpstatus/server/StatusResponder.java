package dev.httpstatus.server;

import dev.httpstatus.Duty;
import dev.httpstatus.FieldValue;
import dev.httpstatus.HttpDate;
import dev.httpstatus.Method;
import dev.httpstatus.Observation;
import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Answers {@code /{code}} and {@code /status/{code}}: the code, its phrase, and the header fields
 * core says it calls for, each with a value a real server would send.
 *
 * <pre>{@code GET /status/405   →   405 Method Not Allowed, Allow: HEAD, POST, PUT, PATCH, DELETE, OPTIONS}</pre>
 *
 * <p>1xx codes are interim: the server sends the asked-for 1xx, then a final 200 (101 is the
 * exception: it switches protocols only when the request offers an {@code Upgrade}).
 */
final class StatusResponder {

    static final Set<String> PARAMS = Set.of("delay", "sleep", "reason", "location", "retry_after", "body",
            "suppressBody", "fault", "duration");

    /** httpstat.us's request headers for what ?sleep= and ?suppressBody= do; the query wins. */
    static final String SLEEP_HEADER = "X-HttpStatus-Sleep";
    static final String SUPPRESS_HEADER = "X-HttpStatus-SuppressBody";

    /** Where redirects and 201 point unless {@code ?location=} says otherwise: a page that answers 200. */
    static final String DEFAULT_LOCATION = "/status/200";
    static final String DEFAULT_RETRY_AFTER = "5";
    static final String BASIC_REALM = "Basic realm=\"httpstatus\", charset=\"UTF-8\"";
    static final String PROXY_REALM = "Basic realm=\"httpstatus proxy\", charset=\"UTF-8\"";
    static final String UPGRADE_OFFER = "websocket";
    static final String EARLY_HINT = "</app.css>; rel=preload; as=style";
    static final long MAX_DELAY_MILLIS = 10_000;
    static final int MAX_REASON = 128;

    private StatusResponder() {}

    /**
     * @param continueSent whether a 100 Continue already went out for this request's
     *                     {@code Expect: 100-continue}
     */
    static Reply respond(Request req, StatusCode code, Params p, boolean continueSent) {
        long delay = delay(p);
        if (!p.has("sleep") && !p.has("delay")) {
            delay = sleepHeader(req);
        }
        String reason = reason(p);
        Fault fault = p.has("fault") ? Fault.parse(p.get("fault")) : null;
        if (p.has("duration") && fault != Fault.DRIP) {
            throw ProblemException.badParameter("duration", p.get("duration"), "only applies with fault=drip");
        }
        Reply r;
        if (code.isInformational()) {
            r = informational(req, code, p, reason, continueSent);
        } else {
            r = new Reply(code.code());
            r.reason = reason;
            r.head = req.isHead();
            duties(req, code, p, r);
            content(req, code, p, r);
        }
        r.delayMillis = delay;
        r.fault = fault;
        r.dripMillis = p.longIn("duration", 0, MAX_DELAY_MILLIS, Fault.DEFAULT_DRIP_MILLIS);
        if (fault == null) {
            HttpStatUsFaults.apply(req, r);
        }
        HeaderEcho.fromRequest(req.headers(), r.headers);
        return r;
    }

    /** {@code X-HttpStatus-Sleep: ms}: unreadable values are ignored as httpstat.us does; out of range is a 400. */
    private static long sleepHeader(Request req) {
        String v = req.headers().get(SLEEP_HEADER);
        if (v == null) {
            return 0;
        }
        long ms;
        try {
            ms = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
        if (ms < 0 || ms > MAX_DELAY_MILLIS) {
            throw ProblemException.badParameter(SLEEP_HEADER, v, "must be between 0 and " + MAX_DELAY_MILLIS + " ms");
        }
        return ms;
    }

    /** ?suppressBody=, else the {@code X-HttpStatus-SuppressBody} header when it reads true or false. */
    private static boolean suppressed(Request req, Params p) {
        if (p.has("suppressBody")) {
            return p.flag("suppressBody");
        }
        String v = req.headers().get(SUPPRESS_HEADER);
        return v != null && v.trim().equalsIgnoreCase("true");
    }

    static long delay(Params p) {
        if (p.has("delay") && p.has("sleep")) {
            throw ProblemException.badParameter("sleep", p.get("sleep"), "give delay or sleep, not both");
        }
        String name = p.has("sleep") ? "sleep" : "delay";
        return p.longIn(name, 0, MAX_DELAY_MILLIS, 0);
    }

    private static String reason(Params p) {
        String reason = p.get("reason");
        if (reason != null && (reason.isEmpty() || reason.length() > MAX_REASON || !Text.isFieldText(reason))) {
            throw ProblemException.badParameter("reason", reason, "a reason phrase is 1 to " + MAX_REASON
                    + " characters of visible ASCII, spaces and tabs, without leading or trailing space");
        }
        return reason;
    }

    /** The fields our own 200 carries, which a 206 or 304 must then carry too (RFC 9110 §15.3.7, §15.4.5). */
    private static final Set<String> OK_FIELDS = Set.of("Date", "Cache-Control", "Vary");

    /** Query parameters that supply a field's value, and by being given assert the duty's condition. */
    private static final Map<String, String> FIELD_PARAMS = Map.of("Location", "location", "Retry-After", "retry_after");

    /**
     * Fills in the header duties of {@code code} from the catalog's rows: a MUST or SHOULD whose
     * condition holds for this request is fulfilled, and so is a MAY this server has a value for; one
     * whose condition only the server can judge ("when the condition is temporary") is fulfilled when
     * the caller asserts it by giving the value (?retry_after=, ?location=). Content-Range and the
     * multipart Content-Type come with the partial body; Date, Cache-Control and Vary are on every reply.
     */
    private static void duties(Request req, StatusCode code, Params p, Reply r) {
        HttpHeaders h = r.headers;
        Observation asked = req.observation(OK_FIELDS);
        for (Duty d : code.headerDuties()) {
            String field = d.field().orElseThrow();
            if (d.level().forbids() || d.isGeneral() || h.contains(field) || PartialContent.FIELDS.contains(field)) {
                continue;
            }
            String param = FIELD_PARAMS.get(field);
            boolean send = switch (d.holdsFor(asked)) {
                case TRUE -> true;
                case UNKNOWN -> param != null && p.has(param);
                case FALSE -> false;
            };
            String value = send ? value(field, d, req, p) : null;
            if (value != null) {
                h.set(field, value);
            }
        }
        if (p.has("location") && !h.contains("Location") && code == StatusCode.ACCEPTED) {
            // Not a duty of 202 (RFC 9110 §15.3.3), but the way many APIs name the status monitor to
            // poll; clients of such APIs are what this lets people test.
            h.set("Location", location(p));
        }
        if (p.has("location") && !h.contains("Location")) {
            throw ProblemException.badParameter("location", p.get("location"),
                    "Location is only sent with 201, 3xx and the other codes whose duties name it");
        }
        if (p.has("retry_after") && !h.contains("Retry-After")) {
            h.set("Retry-After", retryAfter(p)); // allowed on any response (RFC 9110 §10.2.3)
        }
        // A server that gave up waiting for the request closes the connection, and RFC 9112 §9.6 asks
        // a sender that closes to say so; the catalog holds no such duty since RFC 9110 dropped it.
        if (code == StatusCode.REQUEST_TIMEOUT) {
            r.close = true;
        }
        h.set("Cache-Control", "no-store");
        h.set("Vary", "Accept");
    }

    /** The value this server sends for a duty's field, or null when it has none to send. */
    private static String value(String field, Duty d, Request req, Params p) {
        if (d.value() instanceof FieldValue.Token t) {
            return d.example().orElse(t.token()); // Connection: Upgrade
        }
        if (d.value() instanceof FieldValue.LinkRelation rel) {
            return "<https://authority.invalid/>; rel=\"" + rel.rel() + "\"";
        }
        return switch (field) {
            case "Location" -> location(p);
            case "Retry-After" -> retryAfter(p);
            case "Allow" -> allowExcept(req.method());
            case "WWW-Authenticate" -> BASIC_REALM;
            case "Proxy-Authenticate" -> PROXY_REALM;
            case "Upgrade" -> UPGRADE_OFFER;
            case "Link" -> EARLY_HINT;
            default -> null;
        };
    }

    /** {@code ?location=}: a same-server path only, so the server can never redirect elsewhere. */
    static String location(Params p) {
        String l = p.get("location");
        if (l == null) {
            return DEFAULT_LOCATION;
        }
        if (!isSameServerPath(l)) {
            throw ProblemException.badParameter("location", l,
                    "must be a path on this server starting with a single '/', in URI characters");
        }
        return l;
    }

    /** A path on this server: one leading '/', not '//' or '/\\' (which browsers read as another host), URI characters. */
    static boolean isSameServerPath(String l) {
        boolean ok = l.length() > 0 && l.length() <= 2048 && l.charAt(0) == '/'
                && (l.length() == 1 || (l.charAt(1) != '/' && l.charAt(1) != '\\'));
        for (int i = 0; ok && i < l.length(); i++) {
            char c = l.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
        }
        return ok;
    }

    static String retryAfter(Params p) {
        String v = p.get("retry_after");
        if (v == null) {
            return DEFAULT_RETRY_AFTER;
        }
        if (!v.isEmpty() && v.length() <= 9 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return v;
        }
        // Any of the three HTTP-date forms is read; what goes out is always an IMF-fixdate (RFC 9110 §5.6.7).
        return HttpDate.parse(v).map(HttpDate::toString).orElseThrow(() -> ProblemException.badParameter("retry_after", v,
                "expected delay seconds (0-999999999) or an HTTP-date such as Sun, 06 Nov 1994 08:49:37 GMT"
                        + " (two-digit day, GMT)"));
    }

    /** Every common method but the one that was just refused (and GET and HEAD go together, RFC 9110 §9.3.2). */
    static String allowExcept(String method) {
        Method refused = Method.parse(method).orElse(null);
        boolean getOrHead = refused == Method.GET || refused == Method.HEAD;
        StringJoiner j = new StringJoiner(", ");
        for (Method allowed : Method.common()) {
            if (!allowed.equals(refused) && !(getOrHead && (allowed == Method.GET || allowed == Method.HEAD))) {
                j.add(allowed.token());
            }
        }
        return j.toString();
    }

    private static void content(Request req, StatusCode code, Params p, Reply r) {
        boolean suppress = suppressed(req, p);
        String forced = p.get("body");
        if (forced != null && suppress) {
            throw ProblemException.badParameter("body", forced, "body and suppressBody contradict each other");
        }
        if (!code.contentAllowed()) {
            if (forced != null) {
                throw ProblemException.badParameter("body", forced, code + " never carries content");
            }
            // 205 keeps Content-Length: 0; the others send no length at all (RFC 9110 §8.6).
            r.framed = code.code() == 205;
            return;
        }
        if (code.code() == 206 || code.code() == 416) {
            PartialContent.apply(req, code, r, suppress, forced);
            return;
        }
        if (suppress) {
            return;
        }
        if (forced != null) {
            r.body(Bodies.TEXT, forced.getBytes(StandardCharsets.UTF_8));
            return;
        }
        r.body(Bodies.of(code, req.accepts()));
    }

    private static Reply informational(Request req, StatusCode code, Params p, String reason,
            boolean continueSent) {
        if (p.has("body") || p.has("location")) {
            String name = p.has("body") ? "body" : "location";
            throw ProblemException.badParameter(name, p.get(name), "does not apply to a 1xx code");
        }
        if (code.code() == 101) {
            return switching(req, p, reason);
        }
        Reply fin = new Reply(200);
        fin.head = req.isHead();
        fin.headers.set("Cache-Control", "no-store");
        fin.headers.set("Vary", "Accept");
        if (!suppressed(req, p)) {
            fin.body(Bodies.of(code, req.accepts()));
        }
        if (code.code() == 100 && continueSent || !req.wire().allowsInterim()) {
            // The 100 already answered Expect: 100-continue; an HTTP/1.0 client gets no 1xx (RFC 9110 §15.2).
            return fin;
        }
        Reply interim = new Reply(code.code());
        interim.reason = reason;
        interim.framed = false;
        if (code.code() == 103) {
            interim.headers.set("Link", EARLY_HINT);
            fin.headers.set("Link", EARLY_HINT);
        }
        fin.interim.add(interim);
        return fin;
    }

    /**
     * 101 only for an HTTP/1.1 request that offers an Upgrade; the connection then ends, as no new
     * protocol is spoken. An h2c offer with its HTTP2-Settings never gets here: the connection really
     * switches to HTTP/2 and this request is answered there, with a 200 (its 101 went out).
     */
    private static Reply switching(Request req, Params p, String reason) {
        if (req.switched()) {
            Reply fin = new Reply(200);
            fin.head = req.isHead();
            fin.headers.set("Cache-Control", "no-store");
            fin.headers.set("Vary", "Accept");
            return suppressed(req, p) ? fin : fin.body(Bodies.of(StatusCode.SWITCHING_PROTOCOLS, req.accepts()));
        }
        String protocol = null;
        String offered = req.headers().get("Upgrade");
        if (offered != null && req.wire() == Wire.HTTP_1_1) { // a 1.0 Upgrade is ignored (RFC 9110 §7.8)
            for (String o : offered.split(",")) {
                String t = o.trim();
                if (!t.isEmpty() && !t.equalsIgnoreCase("h2c") && !t.equalsIgnoreCase("h2")) {
                    protocol = t;
                    break;
                }
            }
        }
        if (protocol == null) {
            String why = switch (req.wire()) {
                case HTTP_2 -> "HTTP/2 has no 101 (RFC 9113 §8.6); ask for /101 over HTTP/1.1 with an Upgrade header";
                case HTTP_1_0 -> "an HTTP/1.0 request cannot upgrade its connection (RFC 9110 §7.8); use HTTP/1.1";
                case HTTP_1_1 -> offered == null || offered.isBlank()
                        ? "101 Switching Protocols can only answer a request that carries an Upgrade header; "
                                + "send one (e.g. Upgrade: websocket) to receive a 101"
                        : "h2c is a real upgrade here and needs Connection: Upgrade, HTTP2-Settings and one "
                                + "HTTP2-Settings header; offer another protocol (e.g. websocket) for a bare 101";
            };
            Reply r = new Reply(426);
            r.head = req.isHead();
            duties(req, StatusCode.UPGRADE_REQUIRED, p, r);
            return r.body(Bodies.problem(StatusCode.UPGRADE_REQUIRED, req.accepts(), why, "Upgrade", offered));
        }
        if (!Text.isToken(protocol.replace("/", ""))) {
            throw ProblemException.badParameter("Upgrade", offered, "not a protocol name");
        }
        Reply r = new Reply(101);
        r.reason = reason;
        r.framed = false;
        r.close = true;
        r.headers.set("Upgrade", protocol);
        r.headers.set("Connection", "Upgrade");
        return r;
    }
}
