package dev.httpstatus.openapi.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.report.RuleListing;
import dev.httpstatus.openapi.lint.LintRule;
import dev.httpstatus.openapi.lint.LintRules;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Lists the lint rules, for {@code httpstatus rules --list}: as text beside the checker's rules, and
 * as JSON objects in the same array (each with {@code "tool": "lint"}).
 *
 * <pre>{@code
 * LintRuleListing.writeText(out, false);   // "error   oas-405-without-allow  405 response declares no Allow header (RFC 9110 §15.5.6)" …
 * }</pre>
 */
public final class LintRuleListing {

    private LintRuleListing() {}

    /** One line per rule, then the fix indented, and a count; flushes {@code out}. */
    public static void writeText(PrintWriter out, boolean color) {
        RuleListing.writeText(out, color, LintRules.all(), "lint rules");
    }

    /** One rule as {id, severity, reference, message, fix, tool: "lint", checkerRule}. */
    public static void writeRule(JsonGenerator g, LintRule r) throws IOException {
        g.writeStartObject();
        RuleListing.writeFields(g, r);
        g.writeStringField("tool", "lint");
        if (!r.checkerRule().isEmpty()) {
            g.writeStringField("checkerRule", r.checkerRule());
        }
        g.writeEndObject();
    }
}
