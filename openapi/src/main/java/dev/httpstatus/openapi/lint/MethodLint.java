package dev.httpstatus.openapi.lint;

import dev.httpstatus.Method;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.rules.Rules;
import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.DeclaredResponse;
import dev.httpstatus.openapi.OpenApiSpec;
import dev.httpstatus.openapi.ResponseKey;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Codes against the operation's method and the operation's set of responses: a code that answers
 * only other methods ({@link StatusCode#fitsMethod}: 201 to GET, 206 to POST, 304 to POST …), 405 or
 * 501 declared for GET or HEAD (as the checker's rules), and an operation that declares no success.
 */
final class MethodLint {

    private MethodLint() {}

    static final LintRule UNFIT = mirror("status-does-not-fit-method");
    static final LintRule NOT_ALLOWED_GET = mirror("405-to-get-or-head");
    static final LintRule NOT_IMPLEMENTED_GET = mirror("501-to-get-or-head");
    static final LintRule NO_SUCCESS = LintRule.of("oas-no-success-response", Severity.WARNING, OpenApiSpec.RESPONSES,
            "operation declares no successful response (2xx, 3xx or 101)",
            "Declare the response a successful call gets, e.g. 200 with its content or 204.");
    static final LintRule ONLY_DEFAULT = LintRule.of("oas-only-default-response", Severity.WARNING, OpenApiSpec.RESPONSES,
            "operation declares only a default response",
            "Declare the success response by its code (200, 201, 204 …), and keep default for the errors.");

    static List<LintRule> rules() {
        return List.of(UNFIT, NOT_ALLOWED_GET, NOT_IMPLEMENTED_GET, NO_SUCCESS, ONLY_DEFAULT);
    }

    private static LintRule mirror(String checkerId) {
        return LintRule.mirror(Rules.byId(checkerId).orElseThrow(
                () -> new IllegalStateException("the checker has no rule " + checkerId)));
    }

    static void check(ApiOperation op, DeclaredResponse r, Findings out) {
        StatusCode c = r.key().code().filter(StatusCode::isValid).orElse(null);
        if (c == null) {
            return;
        }
        Method m = op.method();
        if (!c.fitsMethod(m)) {
            out.report(UNFIT, r.entry(), op.label(), c + " to " + m + "; it answers "
                    + c.methods().stream().map(Method::toString).collect(Collectors.joining(", "))
                    + (c.references().isEmpty() ? "" : " (" + c.references().get(0) + ")"));
        }
        boolean getOrHead = m.equals(Method.GET) || m.equals(Method.HEAD);
        if (getOrHead && c.code() == 405) {
            out.report(NOT_ALLOWED_GET, r.entry(), op.label(), "405 declared for " + m);
        }
        if (getOrHead && c.code() == 501) {
            out.report(NOT_IMPLEMENTED_GET, r.entry(), op.label(), "501 declared for " + m);
        }
    }

    static void checkOperation(ApiOperation op, Findings out) {
        List<DeclaredResponse> rs = op.responses();
        if (rs.isEmpty()) {
            out.report(NO_SUCCESS, op.pointer(), op.label(), "no responses at all");
            return;
        }
        boolean success = false;
        boolean onlyDefault = true;
        for (DeclaredResponse r : rs) {
            success |= r.key().isSuccess();
            onlyDefault &= r.key().kind() == ResponseKey.Kind.DEFAULT;
        }
        if (onlyDefault) {
            out.report(ONLY_DEFAULT, op.pointer(), op.label(), "");
        } else if (!success) {
            out.report(NO_SUCCESS, op.pointer(), op.label(), "declares " + rs.stream().map(x -> x.key().text())
                    .collect(Collectors.joining(", ")));
        }
    }
}
