package dev.httpstatus.openapi.lint;

import dev.httpstatus.Condition;
import dev.httpstatus.Duty;
import dev.httpstatus.Method;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import dev.httpstatus.Subject;
import dev.httpstatus.Truth;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.DeclaredResponse;
import dev.httpstatus.openapi.Pointer;
import dev.httpstatus.openapi.ResponseKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's duties, applied to declared responses: a header field the code calls for that the
 * response does not declare (401 without WWW-Authenticate), one it forbids that it does declare,
 * content where none may be (204, 205, 304, 1xx, any response to HEAD). One rule per {@link Duty},
 * with the duty's id after {@code oas-}, its severity ({@link Severity#of(Duty)}, as the checker's)
 * and its reference. Which duties, and when:
 *
 * <ul>
 *   <li>a duty about a whole class of codes and a header field (Date on every 2xx–4xx) is left out:
 *       servers add such fields themselves and descriptions do not declare them;</li>
 *   <li>a duty about Content-Type is left out: OpenAPI ignores a Content-Type header entry, and
 *       content's media types are judged by the content rules; so is one that holds only for CONNECT,
 *       which OpenAPI has no operations for;</li>
 *   <li>a duty whose condition only the server can judge (observability NONE, e.g. 413's Retry-After
 *       "when the condition is temporary") is left out: the description cannot say, and a rule that
 *       cannot be satisfied by editing the description would only be noise;</li>
 *   <li>a duty that holds "when a 200 would carry the field" (206's and 304's ETag, Vary …) is judged
 *       against the operation's declared 200, and only when that 200 declares the field;</li>
 *   <li>every other duty is reported unless its condition is false for the operation: "not PUT or
 *       PATCH" for 201's Location is false for PUT; "the request carried Range" for 416 is unknown,
 *       and the duty is reported, since 416 answers only such requests.</li>
 * </ul>
 *
 * Only the presence of a field is judged; descriptions rarely give values, so a field's value is not.
 */
final class DutyLint {

    private DutyLint() {}

    /** The methods a Path Item can hold an operation for (declared before RULES, which uses it). */
    static final java.util.Set<Method> OPERATION_METHODS = java.util.Set.of(Method.GET, Method.PUT, Method.POST,
            Method.DELETE, Method.OPTIONS, Method.HEAD, Method.PATCH, Method.TRACE);

    private static final Map<Duty, LintRule> RULES = build();

    private static Map<Duty, LintRule> build() {
        Map<Duty, LintRule> m = new LinkedHashMap<>();
        for (Duty d : Duty.all()) {
            if (lintable(d)) {
                m.put(d, new LintRule("oas-" + d.id(), Severity.of(d), d.reference(), message(d), fix(d), d.id()));
            }
        }
        return m;
    }

    /** Whether a description can be held to {@code d}; see the class comment. */
    static boolean lintable(Duty d) {
        if (d.isGeneral() && d.subject() instanceof Subject.Field) {
            return false;
        }
        if (d.condition() instanceof Condition.MethodIn m && m.methods().stream().noneMatch(OPERATION_METHODS::contains)) {
            return false; // CONNECT: OpenAPI has no operations for it
        }
        if (d.field().filter("Content-Type"::equalsIgnoreCase).isPresent()) {
            return false; // OpenAPI ignores a Content-Type header entry: content's media types say it
        }
        return d.condition().observability() != Condition.Observability.NONE;
    }


    static List<LintRule> rules() {
        return List.copyOf(RULES.values());
    }

    /** The duties no lint rule holds a description to, with the reason. */
    static List<String> leftOut() {
        List<String> out = new ArrayList<>();
        for (Duty d : Duty.all()) {
            if (!lintable(d)) {
                out.add(d.id() + ": " + (d.isGeneral() && d.subject() instanceof Subject.Field
                        ? "a field servers add to every " + d.codes() + " response"
                        : d.condition() instanceof Condition.MethodIn ? "OpenAPI describes no operation where "
                                + d.condition().describe()
                        : d.field().filter("Content-Type"::equalsIgnoreCase).isPresent()
                                ? "OpenAPI declares Content-Type by content's media types, which the content rules judge"
                        : "only the server knows whether " + d.condition().describe()));
            }
        }
        return out;
    }

    private static String where(Duty d) {
        if (d.codes().equals("any")) {
            return d.condition() instanceof Condition.MethodIn ? "response to " + methods(d) : "response";
        }
        return d.codes() + " response";
    }

    private static String methods(Duty d) {
        return ((Condition.MethodIn) d.condition()).methods().iterator().next().toString();
    }

    static String message(Duty d) {
        if (d.subject() instanceof Subject.Content) {
            return where(d) + " declares content";
        }
        String field = d.field().orElseThrow();
        return d.level().forbids() ? where(d) + " declares a " + field + " header"
                : where(d) + " declares no " + field + " header";
    }

    static String fix(Duty d) {
        if (d.subject() instanceof Subject.Content) {
            return "Remove the response's content (schema and media types): " + d.when() + ".";
        }
        String field = d.field().orElseThrow();
        if (d.level().forbids()) {
            return "Remove " + field + " from the response's headers: " + d.when() + ".";
        }
        return "Declare " + field + " in the response's headers (" + d.when() + ")"
                + d.example().map(e -> ", e.g. " + field + ": " + e).orElse("") + ".";
    }

    /** Whether the duty's verdict depends on the operation, not only on the response object. */
    static boolean dependsOnOperation(Condition c) {
        if (c instanceof Condition.MethodIn || c instanceof Condition.RequestHas || c instanceof Condition.OkWouldCarry) {
            return true;
        }
        if (c instanceof Condition.Not n) {
            return dependsOnOperation(n.condition());
        }
        if (c instanceof Condition.All a) {
            for (Condition p : a.parts()) {
                if (dependsOnOperation(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void check(ApiOperation op, DeclaredResponse r, Findings out) {
        if (!r.resolved()) {
            return;
        }
        ResponseKey key = r.key();
        StatusCode code = representative(key);
        if (code == null) {
            return;
        }
        DeclaredObservation o = new DeclaredObservation(op, r, op.response("200").orElse(null));
        for (Map.Entry<Duty, LintRule> e : RULES.entrySet()) {
            Duty d = e.getKey();
            if (!appliesTo(d, key, code) || !out.enabled(e.getValue())) {
                continue;
            }
            Truth applies = d.holdsFor(o);
            if (applies == Truth.FALSE) {
                continue;
            }
            if (applies == Truth.UNKNOWN && d.condition().observability() == Condition.Observability.CAPTURE) {
                continue; // "as a 200 would": reported only when the declared 200 shows it
            }
            if (!broken(d, r)) {
                continue;
            }
            boolean perOperation = dependsOnOperation(d.condition());
            Pointer at = perOperation ? r.entry() : r.definition();
            out.report(e.getValue(), at, op.label(), detail(d, r, key, perOperation));
        }
    }

    /** For a code its own value; for a range, a code of the class, used only for duties that cover the whole class. */
    private static StatusCode representative(ResponseKey key) {
        if (key.kind() == ResponseKey.Kind.CODE) {
            return key.code().filter(StatusCode::isValid).orElse(null);
        }
        if (key.kind() == ResponseKey.Kind.RANGE) {
            return StatusCode.of(key.value() * 100);
        }
        return null;
    }

    private static boolean appliesTo(Duty d, ResponseKey key, StatusCode code) {
        if (key.kind() == ResponseKey.Kind.CODE) {
            return d.appliesTo(code);
        }
        StatusClass k = code.statusClass();
        for (int c = k.first(); c <= k.last(); c++) {
            if (!d.appliesTo(StatusCode.of(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean broken(Duty d, DeclaredResponse r) {
        if (d.subject() instanceof Subject.Content) {
            return r.hasContent();
        }
        boolean declared = r.declaresHeader(d.field().orElseThrow());
        return d.level().forbids() == declared;
    }

    private static String detail(Duty d, DeclaredResponse r, ResponseKey key, boolean perOperation) {
        StringBuilder b = new StringBuilder();
        if (d.subject() instanceof Subject.Content) {
            b.append(key.text()).append(" with ").append(String.join(", ", r.mediaTypes()));
        } else if (key.kind() == ResponseKey.Kind.RANGE) {
            b.append(key.text());
        }
        if (perOperation && r.isShared()) {
            b.append(b.length() == 0 ? "" : "; ").append("the response is ").append(r.definition());
        }
        return b.toString();
    }
}
