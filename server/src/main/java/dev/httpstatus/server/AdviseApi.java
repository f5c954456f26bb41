package dev.httpstatus.server;

import dev.httpstatus.Advice;
import dev.httpstatus.Advisor;
import dev.httpstatus.Method;
import dev.httpstatus.json.AdviceJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/advise?q=…[&method=POST][&limit=3]}: which code to send for a situation in plain words,
 * in the same JSON as {@code httpstatus advise --json} ({@link AdviceJson}); and
 * {@code /api/advise/tree}, the decision tree the page walks.
 *
 * <pre>{@code GET /api/advise?q=the+user+is+not+logged+in   →   [{"code":401,"phrase":"Unauthorized","why":…},…]}</pre>
 */
final class AdviseApi {

    static final Set<String> PARAMS = Set.of("q", "method", "limit");
    /** A situation is a sentence or two; more is not a question about a status code. */
    static final int MAX_QUESTION = 500;
    private static final byte[] TREE = AdviceJson.treeJson().getBytes(StandardCharsets.UTF_8);

    private AdviseApi() {}

    static Reply advise(Request req) {
        Params p = Params.of(req.query(), PARAMS);
        String q = p.get("q");
        if (q == null || q.isBlank()) {
            throw ProblemException.badParameter("q", q == null ? "" : q,
                    "describe the situation in plain words, e.g. ?q=the+user+is+not+logged+in");
        }
        if (q.length() > MAX_QUESTION) {
            throw ProblemException.badParameter("q", q.substring(0, 40) + "…",
                    "at most " + MAX_QUESTION + " characters: describe the situation in a sentence or two");
        }
        Optional<Method> method = Optional.empty();
        String m = p.get("method");
        if (m != null && !m.isEmpty()) {
            method = Method.parse(m).map(x -> Method.ofIgnoringCase(x.token()));
            if (method.isEmpty()) {
                throw ProblemException.badParameter("method", m, "not a request method: one token, e.g. GET or POST");
            }
        }
        int limit = (int) p.longIn("limit", 0, 50, 3);
        List<Advice> advice = Advisor.advise(q, method);
        if (limit > 0 && advice.size() > limit) {
            advice = advice.subList(0, limit);
        }
        return ok(req, AdviceJson.toJson(advice).getBytes(StandardCharsets.UTF_8));
    }

    static Reply tree(Request req) {
        Params.of(req.query(), Set.of());
        return ok(req, TREE);
    }

    private static Reply ok(Request req, byte[] body) {
        Reply r = new Reply(200);
        r.head = req.isHead();
        r.headers.set("Cache-Control", "no-cache");
        return r.body(Bodies.JSON, body);
    }
}
