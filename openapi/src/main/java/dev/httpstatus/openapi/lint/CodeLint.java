package dev.httpstatus.openapi.lint;

import dev.httpstatus.Registration;
import dev.httpstatus.StatusCode;
import dev.httpstatus.UnofficialMeaning;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.rules.Rules;
import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.DeclaredResponse;
import dev.httpstatus.openapi.OpenApiSpec;
import dev.httpstatus.openapi.ResponseKey;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The declared code itself: a key OpenAPI does not allow, a code outside 100–599, one nobody
 * registered (a known vendor's, or nobody's), an obsoleted, deprecated or reserved one. The same facts
 * as the checker's registry rules, read from {@link StatusCode#registration()} and
 * {@link StatusCode#unofficialMeanings()}.
 */
final class CodeLint {

    private CodeLint() {}

    static final LintRule INVALID_KEY = LintRule.of("oas-invalid-response-key", Severity.ERROR, OpenApiSpec.RESPONSES,
            "response key is neither a status code, a range 1XX–5XX nor default",
            "Key each response by a three-digit code (\"404\"), a range (\"4XX\") or \"default\".");
    static final LintRule OUT_OF_RANGE = mirror("status-code-out-of-range");
    static final LintRule UNREGISTERED = mirror("unregistered-status-code");
    static final LintRule VENDOR = mirror("vendor-status-code");
    static final LintRule OBSOLETED = mirror("obsoleted-status-code");
    static final LintRule DEPRECATED = mirror("deprecated-status-code");
    static final LintRule RESERVED = mirror("reserved-status-code");

    static List<LintRule> rules() {
        return List.of(INVALID_KEY, OUT_OF_RANGE, UNREGISTERED, VENDOR, OBSOLETED, DEPRECATED, RESERVED);
    }

    private static LintRule mirror(String checkerId) {
        return LintRule.mirror(Rules.byId(checkerId).orElseThrow(
                () -> new IllegalStateException("the checker has no rule " + checkerId)));
    }

    static void check(ApiOperation op, DeclaredResponse r, Findings out) {
        ResponseKey key = r.key();
        String label = op.label();
        switch (key.kind()) {
            case INVALID -> {
                if (!key.text().startsWith("x-")) { // extensions are allowed among the keys
                    out.report(INVALID_KEY, r.entry(), label, "\"" + key.text() + "\"");
                }
            }
            case RANGE -> {
                if (!key.text().equals(key.text().toUpperCase(java.util.Locale.ROOT))) {
                    out.report(INVALID_KEY, r.entry(), label, "\"" + key.text() + "\": OpenAPI writes ranges with a capital X ("
                            + key.value() + "XX)");
                }
            }
            case CODE -> code(op, r, out);
            case DEFAULT -> { }
        }
    }

    private static void code(ApiOperation op, DeclaredResponse r, Findings out) {
        int value = r.key().value();
        String label = op.label();
        if (value < 100 || value > 599) {
            out.report(OUT_OF_RANGE, r.entry(), label, value < 100 ? value + " is below 100: no status code"
                    : value + " has no class in HTTP (first digit 1 to 5)");
            return;
        }
        StatusCode c = StatusCode.of(value);
        if (!c.isKnown()) {
            out.report(UNREGISTERED, r.entry(), label, value + " will be read as " + c.statusClass().first());
        } else if (c.registration() == Registration.UNASSIGNED && !c.unofficialMeanings().isEmpty()) {
            out.report(VENDOR, r.entry(), label, value + " is " + c.unofficialMeanings().stream()
                    .map(UnofficialMeaning::toString).collect(Collectors.joining(", ")));
        }
        if (c.registration() == Registration.OBSOLETED) {
            out.report(OBSOLETED, r.entry(), label, c.toString());
        }
        if (c.isDeprecated()) {
            out.report(DEPRECATED, r.entry(), label, c.toString());
        }
        if (c.registration() == Registration.RESERVED) {
            out.report(RESERVED, r.entry(), label,
                    c + (c.references().isEmpty() ? "" : " (" + c.references().get(0) + ")"));
        }
    }
}
