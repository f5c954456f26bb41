package dev.httpstatus.flink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Source;
import dev.httpstatus.flink.aggregate.Hit;
import dev.httpstatus.flink.aggregate.Tally;
import dev.httpstatus.flink.input.RecordSink;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The job's own NDJSON lines: one per aggregate group, and the summary. (Findings themselves are
 * written by the checker's {@code JsonLines}, in the CLI's schema.)
 *
 * <pre>{@code
 * OutputLines.group(hit, null);
 * // {"rule":"405-without-allow","severity":"error","host":"api.example","path":"/items/{id}","count":12,
 * //  "first":{"time":null,"source":{"file":"a.har","entry":3,"line":120}},"last":{…},
 * //  "example":{"source":{…},"method":"DELETE","url":"https://api.example/items/7","status":405,"detail":""}}
 * OutputLines.summary(tally, "HAR", facts, null);
 * }</pre>
 */
final class OutputLines {

    private static final JsonFactory JSON = new JsonFactory();

    private OutputLines() {}

    /** A processing-time window a line covers, for the continuous mode; null in batch. */
    record Window(long start, long end) {}

    /** One aggregate group. */
    static String group(Hit h, Window w) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("rule", h.rule);
            g.writeStringField("severity", h.severity);
            g.writeStringField("host", h.host);
            g.writeStringField("path", h.path);
            g.writeNumberField("count", h.count);
            g.writeObjectFieldStart("first");
            time(g, h.firstTime);
            source(g, h.firstSource());
            g.writeEndObject();
            g.writeObjectFieldStart("last");
            time(g, h.lastTime);
            source(g, h.lastSource());
            g.writeEndObject();
            g.writeObjectFieldStart("example");
            source(g, h.firstSource());
            g.writeStringField("method", h.exampleMethod);
            g.writeStringField("url", h.exampleUrl);
            g.writeNumberField("status", h.exampleStatus);
            g.writeStringField("detail", h.exampleDetail);
            g.writeEndObject();
            window(g, w);
            g.writeEndObject();
        });
    }

    /** The summary of a run (or of one window of it). */
    static String summary(Tally t, String format, Set<Fact> facts, Window w) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("format", format);
            g.writeArrayFieldStart("facts");
            for (Fact f : facts) {
                g.writeString(f.name());
            }
            g.writeEndArray();
            g.writeNumberField("files", t.files);
            g.writeNumberField("read", t.read);
            g.writeNumberField("checked", t.checked);
            g.writeNumberField("skipped", t.skipped);
            g.writeNumberField("malformed", t.malformed);
            counts(g, "skipReasons", t.skipReasons);
            g.writeNumberField("exchangesWithFindings", t.exchangesWithFindings);
            g.writeObjectFieldStart("findings");
            g.writeNumberField("error", t.errors);
            g.writeNumberField("warning", t.warnings);
            g.writeNumberField("info", t.infos);
            g.writeEndObject();
            counts(g, "notCheckable", t.notCheckable);
            window(g, w);
            g.writeEndObject();
        });
    }

    private static void counts(JsonGenerator g, String name, Map<String, Long> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(counts).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, long t) throws IOException {
        if (t == RecordSink.NO_TIME) {
            g.writeNullField("time");
        } else {
            g.writeStringField("time", Instant.ofEpochMilli(t).toString());
        }
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("file", s.file());
        index(g, "entry", s.entry());
        index(g, "line", s.line());
        g.writeEndObject();
    }

    private static void index(JsonGenerator g, String name, int v) throws IOException {
        if (v < 0) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void window(JsonGenerator g, Window w) throws IOException {
        if (w != null) {
            g.writeObjectFieldStart("window");
            g.writeStringField("start", Instant.ofEpochMilli(w.start()).toString());
            g.writeStringField("end", Instant.ofEpochMilli(w.end()).toString());
            g.writeEndObject();
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does no I/O
        }
        return out.toString();
    }
}
