package dev.httpstatus.server;

import dev.httpstatus.Method;
import dev.httpstatus.StatusCode;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Maps a request to its endpoint and returns the reply; problems come back as problem details in
 * the format the client prefers.
 *
 * <pre>{@code
 * /                        catalog page          /api/codes[?class=4xx]   all cards
 * /{code}, /status/{code}  that status           /api/codes/{code}        one card
 * /status/200,503:3        weighted random       /unstable?failure_rate=  200 or 500
 * /response-headers?K=V    200 with those headers /api/advise?q=…&method=  which code to send
 * }</pre>
 */
final class Routes {

    private static final String PAGE_METHODS = Method.GET + ", " + Method.HEAD + ", " + Method.OPTIONS;

    private Routes() {}

    static Reply route(Request req, boolean continueSent) {
        try {
            return dispatch(req, continueSent);
        } catch (ProblemException e) {
            return problem(req, e);
        }
    }

    private static Reply dispatch(Request req, boolean continueSent) {
        String path = req.path();
        if (req.method().equals("OPTIONS") && req.headers().contains("Access-Control-Request-Method")) {
            return preflight(req);
        }
        if (path.startsWith("/status/")) {
            String spec = path.substring(8);
            if (spec.isEmpty()) {
                throw ProblemException.badParameter("code", "", "add a status code to the path, e.g. /status/404");
            }
            return StatusResponder.respond(req, StatusSpec.pick(spec),
                    Params.of(req.query(), StatusResponder.PARAMS), continueSent);
        }
        if (path.length() > 1 && path.charAt(1) >= '0' && path.charAt(1) <= '9' && path.indexOf('/', 1) < 0) {
            return StatusResponder.respond(req, StatusSpec.single(path.substring(1)),
                    Params.of(req.query(), StatusResponder.PARAMS), continueSent);
        }
        StaticPages.Page page = StaticPages.find(path);
        if (page != null) {
            Reply refused = readOnly(req);
            return refused != null ? refused : StaticPages.serve(req, page);
        }
        if (path.equals("/api/codes") || path.equals("/api/codes/")) {
            Reply refused = readOnly(req);
            return refused != null ? refused : CatalogApi.list(req);
        }
        if (path.equals("/api/advise") || path.equals("/api/advise/tree")) {
            Reply refused = readOnly(req);
            return refused != null ? refused : path.endsWith("/tree") ? AdviseApi.tree(req) : AdviseApi.advise(req);
        }
        if (path.startsWith("/api/codes/")) {
            Reply refused = readOnly(req);
            return refused != null ? refused : CatalogApi.one(req, path.substring(11));
        }
        if (path.equals("*") && req.method().equals("OPTIONS")) {
            Reply r = new Reply(204); // asks about the server as a whole (RFC 9110 §9.3.7)
            r.framed = false;
            r.headers.set("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            return r;
        }
        switch (path) {
            case "/status", "/status/" -> throw ProblemException.badParameter("code", "",
                    "add a status code to the path, e.g. /status/404");
            case "/unstable" -> {
                return unstable(req);
            }
            case "/response-headers" -> {
                return ResponseHeaders.respond(req);
            }
            default -> throw ProblemException.of(404, "nothing is served at " + Text.quote(path)
                    + "; try /status/{code}, /api/codes or /");
        }
    }

    /**
     * A browser's CORS preflight: allowed whatever the path, so pages on any origin can call the
     * status endpoints with any method and headers (the echo headers included).
     */
    private static Reply preflight(Request req) {
        Reply r = new Reply(204);
        r.framed = false;
        String method = req.headers().get("Access-Control-Request-Method");
        if (!Text.isToken(method)) {
            throw ProblemException.badParameter("Access-Control-Request-Method", method, "not a method name");
        }
        r.headers.set("Access-Control-Allow-Methods", method);
        String headers = req.headers().get("Access-Control-Request-Headers");
        if (headers != null && !headers.isBlank()) {
            if (!Text.isFieldText(headers.trim())) {
                throw ProblemException.badParameter("Access-Control-Request-Headers", headers, "not a list of header names");
            }
            r.headers.set("Access-Control-Allow-Headers", headers.trim());
        }
        r.headers.set("Access-Control-Max-Age", "600");
        return r;
    }

    /** The page and the API only read: 204 to OPTIONS, 405 with Allow to anything but GET and HEAD. */
    private static Reply readOnly(Request req) {
        String m = req.method();
        Method method = Method.parse(m).orElse(null);
        if (method == Method.GET || method == Method.HEAD) {
            return null;
        }
        if (method == Method.OPTIONS) {
            Reply r = new Reply(204);
            r.framed = false;
            r.headers.set("Allow", PAGE_METHODS);
            return r;
        }
        Reply r = problem(req, ProblemException.of(405, Text.quote(m) + " is not supported here; this resource "
                + "can only be read (" + PAGE_METHODS + ")"));
        r.headers.set("Allow", PAGE_METHODS);
        return r;
    }

    /** go-httpbin's /unstable: 500 with probability failure_rate (default 0.5), else 200. */
    private static Reply unstable(Request req) {
        Params p = Params.of(req.query(), Set.of("failure_rate", "seed", "delay", "sleep"));
        double rate = p.doubleIn("failure_rate", 0, 1, 0.5);
        long delay = StatusResponder.delay(p);
        double draw = p.has("seed") ? new Random(p.longIn("seed", Long.MIN_VALUE, Long.MAX_VALUE, 0)).nextDouble()
                : ThreadLocalRandom.current().nextDouble();
        StatusCode code = draw < rate ? StatusCode.INTERNAL_SERVER_ERROR : StatusCode.OK;
        Reply r = new Reply(code.code());
        r.head = req.isHead();
        r.delayMillis = delay;
        r.headers.set("Cache-Control", "no-store");
        r.headers.set("Vary", "Accept");
        return r.body(Bodies.of(code, req.accepts()));
    }

    static Reply problem(Request req, ProblemException e) {
        StatusCode code = StatusCode.of(e.status());
        Reply r = new Reply(e.status());
        r.head = req != null && req.isHead();
        MediaKind kind = req == null ? MediaKind.JSON : req.accepts();
        return r.body(Bodies.problem(code, kind, e.getMessage(), e.parameter(), e.value()));
    }
}
