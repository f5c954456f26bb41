package dev.httpstatus.openapi.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.report.Ansi;
import dev.httpstatus.json.StatusJson;
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
        Ansi a = new Ansi(color);
        int width = 0;
        for (LintRule r : LintRules.all()) {
            width = Math.max(width, r.id().length());
        }
        for (LintRule r : LintRules.all()) {
            out.print(a.severity(r.severity(), String.format("%-7s", r.severity().label())));
            out.print(' ');
            out.print(a.bold(String.format("%-" + width + "s", r.id())));
            out.print("  ");
            out.print(r.message());
            out.print(a.dim(" (" + r.reference() + ")"));
            out.println();
            out.print(" ".repeat(width + 10));
            out.println(a.dim("fix: " + r.fix()));
        }
        out.println(LintRules.all().size() + " lint rules");
        out.flush();
    }

    /** One rule as {id, severity, reference, message, fix, tool: "lint", checkerRule}. */
    public static void writeRule(JsonGenerator g, LintRule r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("severity", r.severity().label());
        g.writeFieldName("reference");
        StatusJson.writeReference(g, r.reference());
        g.writeStringField("message", r.message());
        g.writeStringField("fix", r.fix());
        g.writeStringField("tool", "lint");
        if (!r.checkerRule().isEmpty()) {
            g.writeStringField("checkerRule", r.checkerRule());
        }
        g.writeEndObject();
    }
}
