package dev.httpstatus.openapi.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.ci.Suppression;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.report.SarifRules;
import dev.httpstatus.check.report.SharedJson;
import dev.httpstatus.check.report.PrettyJson;
import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.LintResult;
import dev.httpstatus.openapi.lint.LintRun;
import dev.httpstatus.openapi.lint.SetAsideFinding;
import dev.httpstatus.openapi.lint.LintRules;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning viewers: one run of the driver "httpstatus-lint" with every lint rule;
 * one result per finding whose location is the description file, the line and column of the response
 * object (or operation), and a logical location naming its JSON pointer; a partial fingerprint keyed by
 * rule and pointer, so that viewers track a finding across edits that move it. Findings a suppression
 * set aside carry {@code suppressions}, and with a baseline every result has a {@code baselineState}
 * ("new", or "unchanged" for what the baseline accepts), as in the checker's SARIF. Unreadable
 * descriptions and notes become tool execution notifications.
 */
final class LintSarifReport implements LintReportWriter {

    private final JsonGenerator g;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<String[]> notes = new ArrayList<>(); // level, message, file
    private boolean failed;
    private Triage triage = Triage.none();

    LintSarifReport(Writer out) {
        g = PrettyJson.generator(out);
    }

    @Override
    public void begin() throws IOException {
        SarifRules.beginRun(g, "httpstatus-lint", LintRules.all(), "openapi", ruleIndex);
    }

    @Override
    public void begin(Triage t) throws IOException {
        this.triage = t;
        begin();
    }

    @Override
    public void description(LintResult r) throws IOException {
        for (LintFinding f : r.findings()) {
            result(f, null, "new");
        }
        for (SetAsideFinding a : r.setAside()) {
            Suppression by = a.verdict().suppression().orElse(null);
            String state = by == null || triage.accepts(LintRun.occurrence(a.finding())) ? "unchanged" : "new";
            result(a.finding(), by, state);
        }
        for (String n : r.description().notes()) {
            notes.add(new String[] {"note", n, r.description().file()});
        }
    }

    /**
     * One result; {@code by} is the suppression that set it aside, or null; the baseline state is
     * written when a baseline is in use.
     */
    private void result(LintFinding f, Suppression by, String baselineState) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        g.writeNumberField("ruleIndex", ruleIndex.get(f.rule().id()));
        g.writeStringField("level", SarifRules.level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message() + (f.operations().isEmpty() ? "" : " — " + f.operationsLabel()));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", SarifRules.artifactUri(f.file()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.position().line());
        g.writeNumberField("startColumn", f.position().column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", f.pointer().toString());
        g.writeStringField("fullyQualifiedName", f.file() + "#" + f.pointer());
        g.writeStringField("kind", "member");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("httpstatusLintKey/v1", f.rule().id() + " " + f.pointer());
        g.writeEndObject();
        if (triage.hasBaseline()) {
            g.writeStringField("baselineState", baselineState);
        }
        if (by != null) {
            SharedJson.writeSarif(g, by);
        }
        g.writeEndObject();
    }

    @Override
    public void badInput(String file, List<String> problems) {
        failed = true;
        for (String p : problems) {
            notes.add(new String[] {"error", p, file});
        }
    }

    @Override
    public void end(LintSummary summary) throws IOException {
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", !failed);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (String[] n : notes) {
            g.writeStartObject();
            g.writeStringField("level", n[0]);
            g.writeObjectFieldStart("message");
            g.writeStringField("text", n[1]);
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", SarifRules.artifactUri(n[2]));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeStringField("summary", summary.toString());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
