package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.RuleDescription;
import dev.httpstatus.check.rules.Rules;
import dev.httpstatus.json.StatusJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Lists every rule the checker applies, for {@code httpstatus rules --list [--json]}.
 *
 * <pre>{@code
 * RuleListing.writeText(new PrintWriter(System.out, true), false);
 * RuleListing.writeJson(System.out);  // [{"id":"status-code-out-of-range","severity":"error",…}, …]
 * }</pre>
 *
 * <p>JSON: an array of {@code {id, severity ("error"|"warning"|"info"), reference {spec, section, url},
 * message, fix}} in the checker's order.
 */
public final class RuleListing {

    private RuleListing() {}

    /** One line per rule, "severity id reference: message", then the fix indented; flushes {@code out}. */
    public static void writeText(PrintWriter out, boolean color) {
        writeText(out, color, Rules.all(), "rules");
    }

    /**
     * One line per rule of {@code rules}, then the fix indented, then the count followed by
     * {@code noun}; flushes {@code out}. The linter lists its rules the same way.
     */
    public static void writeText(PrintWriter out, boolean color, List<? extends RuleDescription> rules, String noun) {
        Ansi a = new Ansi(color);
        int width = 0;
        for (RuleDescription r : rules) {
            width = Math.max(width, r.id().length());
        }
        for (RuleDescription r : rules) {
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
        out.println(rules.size() + " " + noun);
        out.flush();
    }

    /** Every rule as a JSON array; does not close {@code out}. */
    public static void writeJson(OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Rule r : Rules.all()) {
                writeRule(g, r);
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /** One rule as {id, severity, reference, message, fix}. */
    static void writeRule(JsonGenerator g, Rule r) throws IOException {
        writeRule(g, r, null);
    }

    /** One rule as {id, severity, reference, message, fix}, and {@code tool} when not null ("check"). */
    public static void writeRule(JsonGenerator g, Rule r, String tool) throws IOException {
        g.writeStartObject();
        writeFields(g, r);
        if (tool != null) {
            g.writeStringField("tool", tool);
        }
        g.writeEndObject();
    }

    /**
     * Writes id, severity, reference, message and fix into the object {@code g} has open, so that
     * every tool's listing describes a rule with the same members.
     */
    public static void writeFields(JsonGenerator g, RuleDescription r) throws IOException {
        g.writeStringField("id", r.id());
        g.writeStringField("severity", r.severity().label());
        g.writeFieldName("reference");
        StatusJson.writeReference(g, r.reference());
        g.writeStringField("message", r.message());
        g.writeStringField("fix", r.fix());
    }
}
