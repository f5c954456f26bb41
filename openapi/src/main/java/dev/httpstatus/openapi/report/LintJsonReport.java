package dev.httpstatus.openapi.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.PrettyJson;
import dev.httpstatus.check.report.SharedJson;
import dev.httpstatus.check.report.ToolVersion;
import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.LintResult;
import dev.httpstatus.openapi.lint.SetAsideFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON lint report (schema in openapi/README.md; fields may be added, none renamed or removed).
 *
 * <pre>{@code
 * {"tool":{"name":"httpstatus lint","version":"0.1.0"},
 *  "results":[{"kind":"description","file":"api.yaml","spec":"OpenAPI 3.0","version":"3.0.3",
 *              "operations":4,"responses":12,
 *              "findings":[{"rule":"oas-401-without-www-authenticate","severity":"error","message":"…","detail":"",
 *                           "reference":{…},"fix":"…",
 *                           "location":{"file":"api.yaml","pointer":"/paths/~1pets/get/responses/401","line":31,"column":9},
 *                           "operations":["GET /pets"],"key":"oas-401-without-www-authenticate api.yaml#/paths/~1pets/get/responses/401"}],
 *              "suppressed":[{…the finding…,"suppressedBy":{"rule":"oas-201-without-location",…,"origin":"--disable"}}],
 *              "inBaseline":[{…the finding…}],
 *              "notes":[]},
 *             {"kind":"error","file":"bad.yaml","problems":["bad.yaml (line 3, column 1): malformed YAML: …"]}],
 *  "summary":{"descriptions":2,"badDescriptions":1,"findings":{"error":1,"warning":0,"info":0}}}
 * }</pre>
 */
final class LintJsonReport implements LintReportWriter {


    private final JsonGenerator g;

    LintJsonReport(Writer out) {
        g = PrettyJson.generator(out);
    }

    @Override
    public void begin() throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "httpstatus lint");
        g.writeStringField("version", ToolVersion.get());
        g.writeEndObject();
        g.writeArrayFieldStart("results");
    }

    @Override
    public void description(LintResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", "description");
        g.writeStringField("file", r.description().file());
        g.writeStringField("spec", r.description().kind().label());
        g.writeStringField("version", r.description().version());
        g.writeNumberField("operations", r.description().operations().size());
        g.writeNumberField("outgoing", r.description().outgoing().size());
        g.writeNumberField("responses", r.responses());
        g.writeArrayFieldStart("findings");
        for (LintFinding f : r.findings()) {
            g.writeStartObject();
            writeFinding(f);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("suppressed");
        for (SetAsideFinding a : r.setAside()) {
            if (a.isSuppressed()) {
                g.writeStartObject();
                writeFinding(a.finding());
                SharedJson.writeSuppressedBy(g, a.verdict().suppression().orElseThrow());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("inBaseline");
        for (SetAsideFinding a : r.setAside()) {
            if (!a.isSuppressed()) {
                g.writeStartObject();
                writeFinding(a.finding());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (String n : r.description().notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The members of one finding, inside its object. */
    private void writeFinding(LintFinding f) throws IOException {
        SharedJson.writeFindingStart(g, f.rule(), f.severity(), f.message(), f.detail());
        g.writeObjectFieldStart("location");
        g.writeStringField("file", f.file());
        g.writeStringField("pointer", f.pointer().toString());
        g.writeNumberField("line", f.position().line());
        g.writeNumberField("column", f.position().column());
        g.writeEndObject();
        g.writeArrayFieldStart("operations");
        for (String op : f.operations()) {
            g.writeString(op);
        }
        g.writeEndArray();
        g.writeStringField("key", f.key());
    }

    @Override
    public void badInput(String file, List<String> problems) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", "error");
        g.writeStringField("file", file);
        g.writeArrayFieldStart("problems");
        for (String p : problems) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void end(LintSummary s) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("descriptions", s.descriptions());
        g.writeNumberField("badDescriptions", s.badDescriptions());
        g.writeNumberField("suppressed", s.suppressedCount());
        g.writeNumberField("inBaseline", s.inBaselineCount());
        g.writeObjectFieldStart("findings");
        for (Severity sev : Severity.values()) {
            g.writeNumberField(sev.label(), s.count(sev));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
