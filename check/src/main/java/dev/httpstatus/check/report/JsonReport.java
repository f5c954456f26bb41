package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.ci.TrafficKeys;
import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, streamed: {@code {"tool", "results": [...], "summary"}}. Each result has a
 * {@code kind}: "exchange" (only those with findings, notes or set-aside findings), "skipped" or "error".
 * Findings a suppression or the baseline set aside are listed apart ({@code suppressed}, with the
 * suppression that matched, and {@code inBaseline}), never in {@code findings}. The schema is
 * described in check/README.md and stays stable: fields may be added, none renamed or removed.
 *
 * <pre>{@code
 * {"tool":{"name":"httpstatus check","version":"0.1.0"},
 *  "results":[{"kind":"exchange","source":{"file":"a.har","entry":4,"line":212,"hop":null},
 *              "method":"GET","url":"…","status":401,"reasonPhrase":"Unauthorized",
 *              "findings":[{"rule":"401-without-www-authenticate","severity":"error",…}],"notes":[]}],
 *  "summary":{"inputs":1,"badInputs":0,"read":12,"checked":11,"skipped":1,…}}
 * }</pre>
 */
final class JsonReport implements ReportWriter {


    private final JsonGenerator g;

    JsonReport(Writer out) {
        g = PrettyJson.generator(out);
    }

    @Override
    public void begin() throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "httpstatus check");
        g.writeStringField("version", ToolVersion.get());
        g.writeEndObject();
        g.writeArrayFieldStart("results");
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings) throws IOException {
        exchange(x, findings, List.of());
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings, List<SetAside> setAside) throws IOException {
        if (findings.isEmpty() && x.notes().isEmpty() && setAside.isEmpty()) {
            return;
        }
        writeExchange(g, x, findings, setAside);
    }

    /** One result of kind "exchange": the schema of {@code results[]} in one place (also for NDJSON lines). */
    static void writeExchange(JsonGenerator g, Exchange x, List<Finding> findings, List<SetAside> setAside)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", "exchange");
        writeSource(g, x.source());
        g.writeStringField("method", x.methodText());
        g.writeStringField("url", x.url());
        g.writeNumberField("status", x.status());
        g.writeStringField("reasonPhrase", x.reasonPhrase());
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            writeFinding(g, x, f);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (String n : x.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("suppressed");
        for (SetAside a : setAside) {
            if (a.isSuppressed()) {
                g.writeStartObject();
                writeFinding(g, x, a.finding());
                SharedJson.writeSuppressedBy(g, a.verdict().suppression().orElseThrow());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("inBaseline");
        for (SetAside a : setAside) {
            if (!a.isSuppressed()) {
                g.writeStartObject();
                writeFinding(g, x, a.finding());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Exchange x, Finding f) throws IOException {
        SharedJson.writeFindingStart(g, f.rule(), f.severity(), f.message(), f.detail());
        g.writeStringField("fingerprint", TrafficKeys.fingerprint(f, x).value());
    }

    static void writeSource(JsonGenerator g, Source s) throws IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("file", s.file());
        writeIndex(g, "entry", s.entry());
        writeIndex(g, "line", s.line());
        writeIndex(g, "hop", s.hop());
        g.writeEndObject();
    }

    private static void writeIndex(JsonGenerator g, String name, int value) throws IOException {
        if (value < 0) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    @Override
    public void skipped(Skip skip) throws IOException {
        writeSkipped(g, skip);
    }

    /** One result of kind "skipped". */
    static void writeSkipped(JsonGenerator g, Skip skip) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", "skipped");
        writeSource(g, skip.source());
        g.writeStringField("reason", skip.reason());
        g.writeEndObject();
    }

    @Override
    public void badInput(BadInputException e) throws IOException {
        writeError(g, e.source(), e.getMessage());
    }

    /** One result of kind "error": what could not be read at {@code source}. */
    static void writeError(JsonGenerator g, Source source, String message) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", "error");
        writeSource(g, source);
        g.writeStringField("message", message);
        g.writeEndObject();
    }

    @Override
    public void end(Summary s) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("inputs", s.inputs());
        g.writeNumberField("badInputs", s.badInputs());
        g.writeNumberField("read", s.read());
        g.writeNumberField("checked", s.checked());
        g.writeNumberField("skipped", s.skipped());
        g.writeObjectFieldStart("skipReasons");
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(s.skipReasons()).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("exchangesWithFindings", s.exchangesWithFindings());
        g.writeNumberField("suppressed", s.suppressed());
        g.writeNumberField("inBaseline", s.inBaseline());
        g.writeObjectFieldStart("findings");
        for (Severity sev : Severity.values()) {
            g.writeNumberField(sev.label(), s.count(sev));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("remarks");
        for (String r : s.remarks()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
