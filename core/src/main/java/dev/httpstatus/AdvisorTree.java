package dev.httpstatus;

import static dev.httpstatus.Registry.rfc9110;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The advisor's decision tree, as data: questions about the request in the order a server meets
 * them — did it arrive intact, can the server take it now, who is the client, may it do this, does
 * the resource exist, does it take this method and format, do the conditions hold, does it fit the
 * resource's state, how did processing end. Every answer leads to another question or ends in a
 * code; an ending's reason is the code's main situation in {@link AdvisorSituations} unless the
 * answer gives its own.
 */
final class AdvisorTree {

    private AdvisorTree() {}

    /** One node as written: id, question, answers. */
    private record Node(String id, String text, Question.Answer... answers) {}

    static final String FIRST = "intact";

    private static final Node[] NODES = {
        node("intact", "Did the request arrive intact?",
                next("Yes: complete and well-formed", "server"),
                end("No: it cannot be parsed (bad syntax, broken framing, unreadable body or parameters)", 400),
                end("Its URI is longer than the server reads", 414),
                end("Its header section, or one field, is too large", 431),
                end("Its body is larger than the server accepts", 413),
                end("It has a body without a length, and the server needs one", 411),
                end("The client stopped sending before it was complete", 408),
                end("It uses an HTTP version the server does not support", 505)),
        node("server", "Can the server take the request at all right now?",
                next("Yes", "client"),
                end("No: overloaded, in maintenance, or a service it needs is down", 503),
                end("No: it does not implement this method or feature at all", 501),
                end("It is a gateway, and the upstream answered with an error or garbage", 502),
                end("It is a gateway, and the upstream did not answer in time", 504),
                end("The connection was opened for another host and cannot serve this one", 421),
                end("The request came in TLS early data and must not be replayed", 425)),
        node("client", "Who is the client?",
                next("Known: it sent valid credentials", "allowed"),
                next("Anonymous, and the resource is public", "resource"),
                end("Anonymous, or its credentials are missing, wrong or expired, and the resource needs them", 401),
                end("It must authenticate with a proxy first", 407),
                end("It must sign in to the network first (a captive portal)", 511)),
        node("allowed", "May this client do this?",
                next("Yes", "resource"),
                end("No, and it may know the resource exists", 403),
                end("No, and it must not even learn that the resource exists", 404,
                        "The client may not see the resource and must not learn it exists: answer as if there were nothing.",
                        rfc9110("15.5.4")),
                end("Not until it pays or upgrades its plan", 402),
                end("Not now: it sent too many requests in a short time", 429),
                end("No: a legal demand blocks it", 451)),
        node("resource", "Does the target resource exist?",
                next("Yes", "method"),
                end("No, and nothing says whether it ever did or will", 404),
                end("It did, and was removed for good", 410),
                next("It moved to another URI for good", "moved-for-good"),
                next("It is at another URI for now", "moved-for-now"),
                end("Several representations exist and the client must choose one", 300)),
        node("moved-for-good", "Must the client repeat the same method and body at the new URI (a POST, a PUT)?",
                end("Yes: keep the method", 308),
                end("No: the requests are GETs, or GET at the new URI is fine", 301)),
        node("moved-for-now", "What should the client do at the other URI?",
                end("Repeat the same method and body", 307),
                end("Anything; GET is fine", 302),
                end("Fetch the result of its request there, with GET", 303)),
        node("method", "Does the resource accept the request's method?",
                next("Yes", "format"),
                end("No: the resource exists but does not allow this method", 405)),
        node("format", "Can the server read the body and produce what the client accepts?",
                next("Yes, or there is no body and any format will do", "conditions"),
                end("The body's media type or content coding is not one the server accepts", 415),
                end("No format the client's Accept headers allow can be produced", 406),
                end("The client's Expect header asks for something the server cannot do", 417),
                end("The requested byte range lies outside the representation", 416)),
        node("conditions", "Did the request carry conditions (If-Match, If-None-Match, If-Modified-Since …)?",
                next("No, and none are needed", "state"),
                end("No, but this server requires conditional updates", 428),
                next("Yes, and they hold", "state"),
                end("Yes: a condition for a change (If-Match, If-Unmodified-Since) does not hold", 412),
                end("Yes: on a GET, they show the client's cached copy is still current", 304)),
        node("state", "Is the content valid, and does it fit the resource's current state?",
                next("Yes", "outcome"),
                end("Well-formed, but it fails validation or business rules", 422),
                end("It conflicts with the current state: a duplicate, a concurrent edit, a forbidden state change", 409),
                end("The resource is locked (WebDAV)", 423)),
        node("outcome", "How did processing end?",
                end("It succeeded, and the response carries the result", 200),
                end("It created a new resource", 201),
                end("It was accepted and will finish later", 202),
                end("It succeeded and there is nothing to send back", 204),
                end("It succeeded, and the client should reset its form or view", 205),
                end("It succeeded, sending only the byte range asked for", 206),
                end("Its parts had different outcomes", 207),
                end("Its result is at another URI, to fetch with GET", 303),
                end("It failed: a bug or an unexpected error in the server", 500),
                end("It failed: no storage space left", 507)),
    };

    private static final Map<String, Question> QUESTIONS = build();

    private static Map<String, Question> build() {
        Map<String, Question> map = new HashMap<>();
        for (Node n : NODES) {
            if (map.put(n.id(), new Question(n.id(), n.text(), List.of(n.answers()))) != null) {
                throw new IllegalStateException("two advisor questions named " + n.id());
            }
        }
        return Map.copyOf(map);
    }

    static Question question(String id) {
        Question q = QUESTIONS.get(id);
        if (q == null) {
            throw new IllegalStateException("the advisor tree has no question " + id);
        }
        return q;
    }

    /** Every question, for tests that walk the whole tree. */
    static List<Question> all() {
        return List.copyOf(QUESTIONS.values());
    }

    private static Node node(String id, String text, Question.Answer... answers) {
        return new Node(id, text, answers);
    }

    private static Question.Answer next(String label, String question) {
        return new Question.Answer(label, question, 0, null, null);
    }

    private static Question.Answer end(String label, int code) {
        return new Question.Answer(label, null, code, null, null);
    }

    private static Question.Answer end(String label, int code, String why, Reference reference) {
        return new Question.Answer(label, null, code, why, reference);
    }
}
