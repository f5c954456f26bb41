package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.ERROR;
import static dev.httpstatus.check.model.Severity.WARNING;

import dev.httpstatus.Method;
import dev.httpstatus.Reference;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules for conditional requests (RFC 9110 §13): which code a failed precondition calls for, and
 * whether a 304's validator is one the client could have asked about.
 */
final class ConditionalRules {

    private ConditionalRules() {}

    static List<Rule> rules() {
        return List.of(
            Rule.of("412-instead-of-304", ERROR, Reference.rfc(9110, "13.1.2"),
                "412 to a GET or HEAD whose only failed precondition can be If-None-Match",
                "Answer a GET or HEAD whose If-None-Match matches with 304 Not Modified; 412 is for other methods.",
                (x, out) -> {
                    if (isGetOrHead(x) && x.request().has("If-None-Match") && !x.request().has("If-Match")
                            && !x.request().has("If-Unmodified-Since")) {
                        out.report("412 to " + x.methodText() + " with If-None-Match: "
                                + x.request().first("If-None-Match").orElse(""));
                    }
                }).forStatus(s -> s == 412).needing(Fact.METHOD, Fact.REQUEST_FIELDS),
            Rule.of("412-from-if-modified-since", ERROR, Reference.rfc(9110, "13.1.3"),
                "412 to a request whose only precondition is If-Modified-Since",
                "If-Modified-Since never fails with 412: answer 304 to GET or HEAD, and ignore the field for other methods.",
                (x, out) -> {
                    if (x.request().has("If-Modified-Since") && !x.request().has("If-None-Match")
                            && !x.request().has("If-Match") && !x.request().has("If-Unmodified-Since")) {
                        out.report(isGetOrHead(x) ? "a " + x.methodText() + " that did not change calls for 304"
                                : "a recipient must ignore If-Modified-Since on " + x.methodText());
                    }
                }).forStatus(s -> s == 412).needing(Fact.METHOD, Fact.REQUEST_FIELDS),
            Rule.of("304-without-condition", WARNING, Reference.rfc(9110, "15.4.5"),
                "304 Not Modified to a request without If-None-Match or If-Modified-Since",
                "Send 304 only when a conditional GET or HEAD finds the representation unchanged; otherwise send 200.",
                (x, out) -> {
                    if (!x.request().has("If-None-Match") && !x.request().has("If-Modified-Since")) {
                        out.report("");
                    }
                }).forStatus(s -> s == 304).needing(Fact.REQUEST_FIELDS),
            Rule.of("304-etag-mismatch", WARNING, Reference.rfc(9110, "13.1.2"),
                "304 whose ETag matches neither the request's If-None-Match nor the capture's earlier 200",
                "Send 304 only when the current ETag matches one the client holds, and send that ETag with it.",
                (x, out) -> {
                    String etag = x.response().first("ETag").orElse(null);
                    if (etag == null) {
                        return;
                    }
                    List<String> asked = x.request().all("If-None-Match");
                    if (!asked.isEmpty()) {
                        if (!weaklyMatchesAny(etag, asked)) {
                            out.report("ETag: " + etag + " but If-None-Match: " + String.join(", ", asked));
                        }
                    } else if (x.earlierOkField("ETag").filter(e -> !weaklyMatchesAny(etag, List.of(e))).isPresent()) {
                        out.report("ETag: " + etag + " but the earlier 200 for this URI sent "
                                + x.earlierOkField("ETag").orElseThrow());
                    }
                }).forStatus(s -> s == 304).needing(Fact.REQUEST_FIELDS, Fact.RESPONSE_FIELDS)
        );
    }

    private static boolean isGetOrHead(Exchange x) {
        return x.isMethod(Method.GET) || x.isMethod(Method.HEAD);
    }

    /** Weak comparison (RFC 9110 §8.8.3.2) of {@code etag} against every entity-tag listed, or "*". */
    static boolean weaklyMatchesAny(String etag, List<String> lists) {
        String want = opaque(etag.trim());
        for (String list : lists) {
            for (String tag : tags(list)) {
                if (tag.equals("*") || opaque(tag).equals(want)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entity-tags of a list value; commas inside quotes belong to the tag. */
    private static List<String> tags(String list) {
        List<String> tags = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                tags.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        tags.add(cur.toString().trim());
        return tags;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
