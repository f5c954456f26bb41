package dev.httpstatus.openapi.lint;

import dev.httpstatus.Method;
import dev.httpstatus.Reference;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.rules.Rules;
import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.DeclaredResponse;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Error responses and RFC 9457 problem details: a 4xx or 5xx (or its range) that declares no content
 * at all, or content in no problem-details media type; a problem+json schema that is not shaped like a
 * problem (not an object, a standard member of the wrong type, or none of the standard members); and
 * problem+json declared for a success. {@code default} responses are not taken for errors, and a
 * response to HEAD has no content to judge.
 */
final class ProblemLint {

    private ProblemLint() {}

    static final LintRule NO_EXPLANATION = LintRule.mirror(Rules.byId("error-without-explanation").orElseThrow(
            () -> new IllegalStateException("the checker has no rule error-without-explanation")));
    static final LintRule NOT_PROBLEM = LintRule.of("oas-error-without-problem-json", Severity.INFO, Reference.rfc(9457, "3"),
            "error response declares no application/problem+json content",
            "Describe errors as RFC 9457 problem details: content application/problem+json with type, title, status, detail.");
    static final LintRule NOT_SHAPED = LintRule.of("oas-problem-json-not-problem-shaped", Severity.WARNING,
            Reference.rfc(9457, "3.1"),
            "application/problem+json schema is not shaped like problem details",
            "Make the schema an object whose standard members have their types: type, title, detail and instance strings, status an integer.");
    static final LintRule ON_SUCCESS = LintRule.of("oas-problem-json-on-success", Severity.WARNING, Reference.rfc(9457, "1"),
            "successful response declares application/problem+json content",
            "Keep problem details for errors; declare the success's own media type.");

    static List<LintRule> rules() {
        return List.of(NO_EXPLANATION, NOT_PROBLEM, NOT_SHAPED, ON_SUCCESS);
    }

    /** RFC 9457 §3.1: the standard members and the JSON type each has. */
    private static final Map<String, Set<String>> MEMBERS = members();

    private static Map<String, Set<String>> members() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("type", Set.of("string"));
        m.put("title", Set.of("string"));
        m.put("status", Set.of("integer", "number"));
        m.put("detail", Set.of("string"));
        m.put("instance", Set.of("string"));
        return m;
    }

    static boolean isProblem(String mediaType) {
        String t = mediaType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        t = (semi < 0 ? t : t.substring(0, semi)).trim();
        return t.equals("application/problem+json") || t.equals("application/problem+xml");
    }

    private static boolean isProblemJson(String mediaType) {
        return isProblem(mediaType) && mediaType.toLowerCase(Locale.ROOT).contains("json");
    }

    static void check(ApiDescription d, ApiOperation op, DeclaredResponse r, Findings out) {
        if (!r.resolved() || op.method().equals(Method.HEAD)) {
            return;
        }
        String label = op.label();
        if (r.key().isError()) {
            if (!r.hasContent()) {
                out.report(NO_EXPLANATION, r.definition(), label, r.key().text() + " declares no content");
            } else if (r.mediaTypes().stream().noneMatch(ProblemLint::isProblem)) {
                out.report(NOT_PROBLEM, r.definition(), label, r.key().text() + " declares " + String.join(", ", r.mediaTypes()));
            }
        }
        if (r.key().isSuccess() && r.mediaTypes().stream().anyMatch(ProblemLint::isProblem)) {
            out.report(ON_SUCCESS, r.definition(), label, r.key().text() + " declares "
                    + String.join(", ", r.mediaTypes().stream().filter(ProblemLint::isProblem).toList()));
        }
        if (r.key().isSuccess()) {
            return; // problem+json there is the mistake; its schema is the success's own
        }
        for (Map.Entry<String, Optional<Schema<?>>> c : r.content().entrySet()) {
            if (isProblemJson(c.getKey()) && c.getValue().isPresent()) {
                shape(d, c.getValue().get()).ifPresent(why -> out.report(NOT_SHAPED, r.definition(), label, why));
            }
        }
    }

    /** Why {@code schema} is not shaped like problem details; empty when it is, or when that cannot be told. */
    static Optional<String> shape(ApiDescription d, Schema<?> schema) {
        Optional<Schema<?>> resolved = d.resolve(schema);
        if (resolved.isEmpty()) {
            return Optional.empty(); // in another document
        }
        Schema<?> s = resolved.get();
        Set<String> types = types(s);
        if (!types.isEmpty() && !types.contains("object")) {
            return Optional.of("the schema is " + String.join(" or ", types) + ", not an object");
        }
        Map<String, Schema<?>> props = new LinkedHashMap<>();
        if (!collect(d, s, props, 0)) {
            return Optional.empty(); // oneOf, anyOf or a part in another document: cannot tell
        }
        if (props.isEmpty()) {
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, Set<String>> m : MEMBERS.entrySet()) {
            Schema<?> p = props.get(m.getKey());
            if (p == null) {
                continue;
            }
            any = true;
            Set<String> t = d.resolve(p).map(ProblemLint::types).orElse(Set.of());
            if (!t.isEmpty() && t.stream().noneMatch(m.getValue()::contains)) {
                wrong.add("\"" + m.getKey() + "\" is " + String.join(" or ", t) + ", not "
                        + String.join(" or ", m.getValue().stream().sorted().toList()));
            }
        }
        if (!wrong.isEmpty()) {
            return Optional.of(String.join("; ", wrong));
        }
        if (!any) {
            return Optional.of("it declares " + String.join(", ", props.keySet().stream().limit(5).toList())
                    + (props.size() > 5 ? ", …" : "") + " but none of type, title, status, detail, instance");
        }
        return Optional.empty();
    }

    /** Gathers the properties of {@code s} and its allOf parts; false when they cannot all be known. */
    private static boolean collect(ApiDescription d, Schema<?> s, Map<String, Schema<?>> into, int depth) {
        if (depth > 16) {
            return false;
        }
        if (s.getOneOf() != null && !s.getOneOf().isEmpty() || s.getAnyOf() != null && !s.getAnyOf().isEmpty()) {
            return false;
        }
        if (s.getProperties() != null) {
            for (Map.Entry<String, Schema> e : s.getProperties().entrySet()) {
                into.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        if (s.getAllOf() != null) {
            for (Schema<?> part : s.getAllOf()) {
                Optional<Schema<?>> p = d.resolve(part);
                if (p.isEmpty() || !collect(d, p.get(), into, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The JSON types a schema allows: OpenAPI 3.0's "type", or 3.1's list. */
    static Set<String> types(Schema<?> s) {
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            Set<String> t = new java.util.LinkedHashSet<>(s.getTypes());
            t.remove("null");
            return t;
        }
        return s.getType() == null ? Set.of() : Set.of(s.getType());
    }
}
