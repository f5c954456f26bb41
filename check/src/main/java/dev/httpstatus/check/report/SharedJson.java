package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.ci.Suppression;
import dev.httpstatus.check.model.RuleDescription;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.json.StatusJson;
import java.io.IOException;

/**
 * What the JSON and SARIF reports of {@code check} and {@code lint} write alike: the members a
 * finding opens with, and the suppression that set a finding aside (in JSON {@code "suppressedBy"},
 * in SARIF {@code "suppressions"}: accepted, the reason as justification, where it came from).
 *
 * <pre>{@code
 * SharedJson.writeFindingStart(g, f.rule(), f.severity(), f.message(), f.detail());  // "rule": …, "fix": …
 * SharedJson.writeSuppressedBy(g, by);   // "suppressedBy": {"rule": …, "origin": "--disable", …}
 * SharedJson.writeSarif(g, by);          // "suppressions": [{"kind": "external", "status": "accepted", …}]
 * }</pre>
 */
public final class SharedJson {

    private SharedJson() {}

    /** A finding's first members: rule, severity, message, detail, reference and fix. */
    public static void writeFindingStart(JsonGenerator g, RuleDescription rule, Severity severity, String message,
            String detail) throws IOException {
        g.writeStringField("rule", rule.id());
        g.writeStringField("severity", severity.label());
        g.writeStringField("message", message);
        g.writeStringField("detail", detail);
        g.writeFieldName("reference");
        StatusJson.writeReference(g, rule.reference());
        g.writeStringField("fix", rule.fix());
    }

    /** The {@code "suppressedBy"} member of a set-aside finding in a JSON report. */
    public static void writeSuppressedBy(JsonGenerator g, Suppression s) throws IOException {
        g.writeObjectFieldStart("suppressedBy");
        g.writeStringField("rule", s.rule());
        g.writeStringField("host", s.host());
        g.writeStringField("path", s.path());
        g.writeStringField("method", s.method());
        g.writeStringField("reason", s.reason());
        g.writeStringField("origin", s.origin());
        g.writeEndObject();
    }

    /** The {@code "suppressions"} member of a SARIF result. */
    public static void writeSarif(JsonGenerator g, Suppression s) throws IOException {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        g.writeStringField("kind", "external");
        g.writeStringField("status", "accepted");
        g.writeStringField("justification", s.reason().isEmpty() ? s.toString() : s.reason());
        g.writeObjectFieldStart("properties");
        g.writeStringField("origin", s.origin());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }
}
