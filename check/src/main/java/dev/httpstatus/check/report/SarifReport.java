package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.ci.Suppression;
import dev.httpstatus.check.ci.TrafficKeys;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning viewers (GitHub, Azure DevOps, VS Code): one run, every rule in
 * {@code tool.driver.rules}, one result per finding pointing at the file with a region (the entry's
 * or response's first line) and a logical location naming the entry, line or hop. Skipped entries and
 * unreadable inputs become tool execution notifications. Every result carries its stable
 * fingerprint in {@code partialFingerprints}; findings set aside by a suppression carry
 * {@code suppressions}, and with a baseline every result has a {@code baselineState} ("new" or
 * "unchanged").
 *
 * <pre>{@code
 * {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"httpstatus-check","rules":[…]}},
 *   "results":[{"ruleId":"405-without-allow","level":"error","message":{"text":"…"},
 *               "locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.har"},"region":{"startLine":40}},
 *                             "logicalLocations":[{"name":"entry 3","kind":"element"}]}]}], …}]}
 * }</pre>
 */
final class SarifReport implements ReportWriter {

    /** Notifications kept in memory; beyond this only a count is reported. */
    private static final int MAX_NOTIFICATIONS = 1000;

    private final JsonGenerator g;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private long droppedNotes;
    private Triage triage = Triage.none();

    /** Our own key in {@code partialFingerprints}: the baseline's fingerprint, versioned. */
    static final String FINGERPRINT_KEY = "httpstatusFinding/v1";

    private record Note(String level, String message, Source source) {}
    private boolean failed;

    private final List<Rule> rules;

    SarifReport(Writer out, List<Rule> rules) {
        g = PrettyJson.generator(out);
        this.rules = List.copyOf(rules);
    }

    @Override
    public void begin() throws IOException {
        SarifRules.beginRun(g, "httpstatus-check", rules, "http", ruleIndex);
    }

    @Override
    public void begin(Triage t) throws IOException {
        this.triage = t;
        begin();
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings) throws IOException {
        exchange(x, findings, List.of());
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings, List<SetAside> setAside) throws IOException {
        for (Finding f : findings) {
            result(x, f, null, "new");
        }
        for (SetAside a : setAside) {
            Suppression by = a.verdict().suppression().orElse(null);
            String state = by == null || triage.accepts(TrafficKeys.occurrence(a.finding(), x)) ? "unchanged" : "new";
            result(x, a.finding(), by, state);
        }
    }

    /** One result; {@code by} is the suppression that set it aside, or null. */
    private void result(Exchange x, Finding f, Suppression by, String baselineState) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        g.writeNumberField("ruleIndex", ruleIndex.get(f.rule().id()));
        g.writeStringField("level", SarifRules.level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message() + " — " + x.methodText() + " " + x.url() + " → " + x.status());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        writeLocation(g, x.source());
        g.writeEndArray();
        // GitHub code scanning matches alerts across runs on primaryLocationLineHash; the default one
        // hashes the text at the HAR line, which a fresh capture changes, so the key is ours.
        String print = TrafficKeys.fingerprint(f, x).value();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("primaryLocationLineHash", print);
        g.writeStringField(FINGERPRINT_KEY, print);
        g.writeEndObject();
        if (triage.hasBaseline()) {
            g.writeStringField("baselineState", baselineState);
        }
        if (by != null) {
            SharedJson.writeSarif(g, by);
        }
        g.writeEndObject();
    }

    private static void writeLocation(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", SarifRules.artifactUri(s.file()));
        g.writeEndObject();
        if (s.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", s.line());
            g.writeEndObject();
        }
        g.writeEndObject();
        if (!s.position().isEmpty()) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("name", s.position());
            g.writeStringField("fullyQualifiedName", s.file() + "#" + s.position().replace(' ', '-'));
            g.writeStringField("kind", "element");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    @Override
    public void skipped(Skip skip) {
        note("note", "skipped: " + skip.reason(), skip.source());
    }

    @Override
    public void badInput(BadInputException e) {
        failed = true;
        note("error", e.getMessage(), e.source());
    }

    private void note(String level, String message, Source s) {
        if (notes.size() >= MAX_NOTIFICATIONS) {
            droppedNotes++;
            return;
        }
        notes.add(new Note(level, message, s));
    }

    @Override
    public void end(Summary summary) throws IOException {
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", !failed);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (Note n : notes) {
            g.writeStartObject();
            g.writeStringField("level", n.level());
            g.writeObjectFieldStart("message");
            g.writeStringField("text", n.message());
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            writeLocation(g, n.source());
            g.writeEndArray();
            g.writeEndObject();
        }
        if (droppedNotes > 0) {
            g.writeStartObject();
            g.writeStringField("level", "note");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", droppedNotes + " more notifications (skipped entries) not listed; see the summary");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeStringField("summary", summary.toString());
        if (!summary.remarks().isEmpty()) {
            g.writeArrayFieldStart("remarks");
            for (String r : summary.remarks()) {
                g.writeString(r);
            }
            g.writeEndArray();
        }
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
