package dev.httpstatus.server;

import dev.httpstatus.HeaderDuty;
import dev.httpstatus.Requirement;
import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
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
            "suppressBody");

    /** Where redirects and 201 point unless {@code ?location=} says otherwise: a page that answers 200. */
    static final String DEFAULT_LOCATION = "/status/200";
    static final String DEFAULT_RETRY_AFTER = "5";
    static final String BASIC_REALM = "Basic realm=\"httpstatus\", charset=\"UTF-8\"";
    static final String PROXY_REALM = "Basic realm=\"httpstatus proxy\", charset=\"UTF-8\"";
    static final String UPGRADE_OFFER = "websocket";
    static final String EARLY_HINT = "</app.css>; rel=preload; as=style";
    static final String BLOCKED_BY = "<https://authority.invalid/>; rel=\"blocked-by\"";
    static final long MAX_DELAY_MILLIS = 10_000;
    static final int MAX_REASON = 128;
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private StatusResponder() {}

    /**
     * @param continueSent whether a 100 Continue already went out for this request's
     *                     {@code Expect: 100-continue}
     */
    static Reply respond(Request req, StatusCode code, Params p, boolean continueSent) {
        long delay = delay(p);
        String reason = reason(p);
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
        HeaderEcho.fromRequest(req.headers(), r.headers);
        return r;
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

    /** Fills in every header duty of {@code code} that applies to this request. */
    private static void duties(Request req, StatusCode code, Params p, Reply r) {
        HttpHeaders h = r.headers;
        boolean locationUsed = false;
        for (HeaderDuty d : code.headerDuties()) {
            switch (d.header()) {
                case "Location" -> {
                    if (d.level() != Requirement.MAY || p.has("location")) {
                        h.set("Location", location(p));
                        locationUsed = true;
                    }
                }
                case "WWW-Authenticate" -> h.set("WWW-Authenticate", BASIC_REALM);
                case "Proxy-Authenticate" -> h.set("Proxy-Authenticate", PROXY_REALM);
                case "Allow" -> h.set("Allow", allowExcept(req.method()));
                case "Upgrade" -> {
                    h.set("Upgrade", UPGRADE_OFFER);
                    h.set("Connection", "Upgrade"); // RFC 9110 §7.8: Upgrade is a connection option
                }
                case "Retry-After" -> {
                    if (d.level() != Requirement.SHOULD || p.has("retry_after")) {
                        h.set("Retry-After", retryAfter(p));
                    }
                }
                case "Link" -> {
                    if (code.code() == 451) {
                        h.set("Link", BLOCKED_BY);
                    }
                }
                case "Connection" -> r.close = true; // 408: the server gives up on the connection
                case "ETag" -> h.set("ETag", "\"httpstatus-" + code.code() + "\"");
                default -> {
                    // Date, Cache-Control and Vary are on every response; Content-Range and the
                    // multipart Content-Type come with the partial body.
                }
            }
        }
        if (p.has("location") && !locationUsed) {
            throw ProblemException.badParameter("location", p.get("location"),
                    "Location is only sent with 201, 202 and 3xx codes");
        }
        if (p.has("retry_after") && !h.contains("Retry-After")) {
            h.set("Retry-After", retryAfter(p)); // allowed on any response (RFC 9110 §10.2.3)
        }
        h.set("Cache-Control", "no-store");
        h.set("Vary", "Accept");
    }

    /** {@code ?location=}: a same-server path only, so the server can never redirect elsewhere. */
    static String location(Params p) {
        String l = p.get("location");
        if (l == null) {
            return DEFAULT_LOCATION;
        }
        boolean ok = l.length() > 0 && l.length() <= 2048 && l.charAt(0) == '/'
                && (l.length() == 1 || (l.charAt(1) != '/' && l.charAt(1) != '\\'));
        for (int i = 0; ok && i < l.length(); i++) {
            char c = l.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
        }
        if (!ok) {
            throw ProblemException.badParameter("location", l,
                    "must be a path on this server starting with a single '/', in URI characters");
        }
        return l;
    }

    static String retryAfter(Params p) {
        String v = p.get("retry_after");
        if (v == null) {
            return DEFAULT_RETRY_AFTER;
        }
        if (!v.isEmpty() && v.length() <= 9 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return v;
        }
        try {
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            if (v.endsWith(" GMT")) {
                return v;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ProblemException.badParameter("retry_after", v,
                "expected delay seconds (0-999999999) or an HTTP date such as Sun, 06 Nov 1994 08:49:37 GMT");
    }

    /** Every common method but the one that was just refused (and GET/HEAD go together). */
    static String allowExcept(String method) {
        String m = method.toUpperCase(Locale.ROOT);
        boolean getOrHead = m.equals("GET") || m.equals("HEAD");
        StringJoiner j = new StringJoiner(", ");
        for (String allowed : METHODS) {
            if (!allowed.equals(m) && !(getOrHead && (allowed.equals("GET") || allowed.equals("HEAD")))) {
                j.add(allowed);
            }
        }
        return j.toString();
    }

    private static void content(Request req, StatusCode code, Params p, Reply r) {
        boolean suppress = p.flag("suppressBody");
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
        if (p.has("body") || p.flag("suppressBody") || p.has("location")) {
            String name = p.has("body") ? "body" : p.has("location") ? "location" : "suppressBody";
            throw ProblemException.badParameter(name, p.get(name), "does not apply to a 1xx code");
        }
        if (code.code() == 101) {
            return switching(req, reason);
        }
        Reply fin = new Reply(200);
        fin.head = req.isHead();
        fin.headers.set("Cache-Control", "no-store");
        fin.headers.set("Vary", "Accept");
        fin.body(Bodies.of(code, req.accepts()));
        if (code.code() == 100 && continueSent) {
            return fin; // the 100 already answered the request's Expect: 100-continue
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

    /** 101 only for a request that offers an Upgrade; the connection then ends, as no new protocol is spoken. */
    private static Reply switching(Request req, String reason) {
        String offered = req.headers().get("Upgrade");
        if (offered == null || offered.isBlank()) {
            Reply r = new Reply(426);
            r.headers.set("Upgrade", UPGRADE_OFFER);
            r.headers.set("Connection", "Upgrade");
            r.head = req.isHead();
            r.body(Bodies.problem(StatusCode.UPGRADE_REQUIRED, req.accepts(),
                    "101 Switching Protocols can only answer a request that carries an Upgrade header; "
                            + "send one (e.g. Upgrade: websocket) to receive a 101", "Upgrade", null));
            return r;
        }
        String protocol = offered.split(",")[0].trim();
        if (!Text.isFieldText(protocol) || protocol.isEmpty()) {
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
