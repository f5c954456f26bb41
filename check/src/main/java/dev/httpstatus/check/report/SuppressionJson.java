package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.ci.Suppression;
import java.io.IOException;

/**
 * How the reports of {@code check} and {@code lint} write the suppression that set a finding aside:
 * in their JSON ({@code "suppressedBy"}) and in SARIF ({@code "suppressions"}, accepted, with the
 * reason as justification and where the suppression came from).
 *
 * <pre>{@code
 * SuppressionJson.writeSuppressedBy(g, by);   // "suppressedBy": {"rule": …, "origin": "--disable", …}
 * SuppressionJson.writeSarif(g, by);          // "suppressions": [{"kind": "external", "status": "accepted", …}]
 * }</pre>
 */
public final class SuppressionJson {

    private SuppressionJson() {}

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
